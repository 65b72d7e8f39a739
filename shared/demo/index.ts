// Demo data: deterministic centres and volunteers from a seed, for setup, tests and benchmarks.
export { generateDemoCentres, centreOf } from './centres';
export { demoVolunteers, demoVolunteerChunks, type DemoVolunteer } from './volunteers';
export { createRandom, type Seed } from './random';
export { demoCourse, demoRound, demoParticipations } from './training';
