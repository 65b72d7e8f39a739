// The Thai and English text of the training pages: courses and rounds, merged under `training`.

export const th = {
  training: {
    round: {
      heading: '{{course}} รุ่นที่ {{number}}',
      notFound: 'ไม่พบรุ่นการอบรมนี้ อาจถูกลบไปแล้ว',
      pages: 'ส่วนต่าง ๆ ของรุ่น',
      page: {
        overview: 'ภาพรวม',
        participants: 'ผู้เข้าอบรม',
        'check-in': 'ลงชื่อเข้าร่วม',
        completion: 'ผลการอบรมและเกียรติบัตร',
      },
    },
  },
};

export const en: typeof th = {
  training: {
    round: {
      heading: '{{course}}, round {{number}}',
      notFound: 'This training round was not found; it may have been deleted',
      pages: 'Pages of the round',
      page: {
        overview: 'Overview',
        participants: 'Participants',
        'check-in': 'Check-in',
        completion: 'Completion and certificates',
      },
    },
  },
};
