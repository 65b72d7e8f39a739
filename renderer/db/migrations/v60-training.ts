// Version 60: training. Courses, rounds (with their sessions), participants and attendance marks,
// indexed for the check-in desk (a round's participants by number and national id, a session's marks)
// and for the volunteer's service record (participations by volunteer).
import type { Migration } from './migration';

export const v60Training: Migration = {
  version: 60,
  stores: {
    courses: 'id, lc, owner',
    rounds: 'id, lc, owner, courseId, startsOn',
    participants: 'id, lc, owner, roundId, [roundId+number], [roundId+nationalId], volunteerId',
    attendance: 'id, lc, roundId, sessionId, participantId',
  },
};
