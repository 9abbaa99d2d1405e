/** Demo content: Family Medicine and Internal Medicine. General, non-diagnostic wording. */
import type { DepartmentContent } from '../demo-types.ts';

export const familyMedicine: DepartmentContent = {
  slug: 'family-medicine',
  weight: 1.3,
  topics: [
    {
      en: {
        name: 'constant tiredness',
        label: 'Constant tiredness',
        titles: ['Always tired', 'Tired all the time even after sleeping'],
        details: [
          'Even after seven or eight hours of sleep, getting up in the morning is a struggle.',
          'By mid-afternoon it is hard to keep {my} eyes open.',
          'There has been no obvious change in weight or appetite.',
          'Coffee helps for an hour or so, and then the tiredness comes back.',
        ],
        note: 'Ongoing tiredness is very common and often comes from short or poor-quality sleep, stress, low activity or an irregular routine, but it can also be linked to anemia, thyroid changes, low mood or blood sugar problems.',
        check:
          'a physical examination and basic blood tests such as a blood count, thyroid function and blood sugar',
      },
      zh: {
        name: '容易疲倦',
        label: '容易疲倦',
        titles: ['一直覺得很累', '睡再久還是很疲倦'],
        details: [
          '就算睡滿七、八個小時，早上還是很難起床。',
          '到了下午常常累到眼睛快睜不開。',
          '體重和食慾都沒有明顯改變。',
          '喝咖啡可以撐一下，但過一兩個小時又很累。',
        ],
        note: '持續疲倦很常見，常與睡眠不足或品質不好、壓力、活動量少或作息不規律有關，但也可能和貧血、甲狀腺功能、情緒低落或血糖問題有關。',
        check: '身體檢查與基本抽血，例如血球、甲狀腺功能及血糖',
      },
    },
    {
      en: {
        name: 'cold symptoms',
        label: 'Cold symptoms',
        titles: ["Cold that won't go away", 'Still coughing after a cold'],
        details: [
          'It started with a runny nose and a sore throat, and now it is mostly a cough.',
          'There was a low fever for the first two days, but it has gone.',
          'The phlegm has changed from clear to slightly yellow.',
          'Several people at work have had something similar.',
        ],
        note: 'Most colds are caused by viruses and settle within one to two weeks, although a cough can linger for a few weeks afterwards; symptoms that last longer, get worse after improving, or come with a high fever deserve a closer look.',
        check: 'an examination of the throat, ears and chest, and a chest X-ray if needed',
      },
      zh: {
        name: '感冒',
        label: '感冒',
        titles: ['感冒一直好不了', '感冒好了還在咳'],
        details: [
          '一開始是流鼻水、喉嚨痛，現在主要是咳嗽。',
          '前兩天有輕微發燒，後來就退了。',
          '痰從透明變成有點黃。',
          '公司好幾個同事也有類似的症狀。',
        ],
        note: '感冒大多由病毒引起，通常一到兩週會慢慢好轉，咳嗽有時會再拖幾週；如果症狀持續更久、好轉後又變嚴重，或合併高燒，就需要進一步評估。',
        check: '喉嚨、耳朵與胸部的檢查，必要時照胸部X光',
      },
      spans: ['acute', 'recent'],
    },
    {
      en: {
        name: 'a raised cholesterol result',
        label: 'High cholesterol on a health check',
        titles: ['Health check: cholesterol too high', 'Cholesterol flagged on my report'],
        intro: [
          '{subj} recently had a routine health check, and the report flagged {name}.',
          'The report from a workplace health check showed {name}.',
        ],
        details: [
          'The total cholesterol and LDL were marked in red, but everything else looked normal.',
          'There are no symptoms at all, which makes it hard to know how seriously to take it.',
          'Meals are often eaten out, and exercise is irregular.',
          'There is heart disease in the family.',
        ],
        note: 'Cholesterol results are best interpreted together with blood pressure, blood sugar, smoking, family history and age, which together decide whether lifestyle changes are enough or whether medicine should be considered.',
        check:
          'a review of the full report, a blood pressure check and, if needed, repeat fasting blood tests',
      },
      zh: {
        name: '膽固醇偏高',
        label: '健檢膽固醇偏高',
        titles: ['健檢報告膽固醇紅字', '膽固醇偏高怎麼辦'],
        intro: ['{我}最近做了健康檢查，報告顯示{name}。', '公司健檢的報告上寫著{name}。'],
        details: [
          '總膽固醇和低密度膽固醇都被標紅字，其他項目還算正常。',
          '完全沒有不舒服，所以不知道該多重視。',
          '平常三餐多半外食，運動也不太規律。',
          '家族裡有人有心臟病。',
        ],
        note: '膽固醇數值需要和血壓、血糖、抽菸習慣、家族史與年齡一起評估，才能決定靠生活調整就好，還是需要考慮用藥。',
        check: '完整看過健檢報告、量血壓，必要時重新空腹抽血',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79'],
      concern: true,
    },
    {
      en: {
        name: 'trouble sleeping',
        label: 'Trouble sleeping',
        titles: ["Can't sleep at night", 'Waking up at 4 a.m. every day'],
        details: [
          'It takes over an hour to fall asleep most nights.',
          'Waking at three or four in the morning and being unable to get back to sleep is common.',
          'The phone usually stays in bed until quite late.',
          'Weekends, with no early alarm, are a little better.',
        ],
        note: 'Sleep problems are often linked to stress, irregular hours, caffeine, screens before bed or pain, and sometimes to mood changes, breathing problems during sleep or other health conditions.',
        check: 'a review of sleep habits and general health, with referral for a sleep study if needed',
      },
      zh: {
        name: '失眠',
        label: '失眠',
        titles: ['晚上睡不著', '半夜醒來就睡不回去'],
        details: [
          '大部分晚上要躺一個多小時才睡得著。',
          '常常凌晨三、四點醒來就睡不回去。',
          '睡前習慣滑手機滑到很晚。',
          '週末不用早起的時候會好一點。',
        ],
        note: '睡眠問題常與壓力、作息不規律、咖啡因、睡前使用3C產品或身體疼痛有關，有時也和情緒變化、睡眠呼吸問題或其他疾病有關。',
        check: '評估睡眠習慣與整體健康狀況，必要時轉介做睡眠檢查',
      },
    },
  ],
  en: {
    focus: 'preventive care, adult health checks, sleep problems and long-term care of common conditions',
    selfCare: [
      'keep regular sleeping and meal times',
      'drink enough water and limit alcohol',
      'note down when the symptoms occur and anything that seems to trigger them',
      'cut back on caffeine, especially after midday',
    ],
    redFlags: [
      'chest pain, shortness of breath or fainting occurs',
      'a high fever does not come down, or there is new confusion',
      'sudden weakness on one side of the body or slurred speech appears',
    ],
    faqs: [
      [
        'What does a family medicine doctor do?',
        'Family medicine doctors look after common health problems in people of all ages, provide health checks and vaccinations, and help decide when a specialist is needed. They are a good first stop when you are not sure which department to visit.',
      ],
      [
        'Should I see family medicine or a specialist first?',
        'If you are unsure where a problem belongs, or you have several mild problems at once, family medicine is a sensible place to start. The doctor can refer you to the right specialist if needed.',
      ],
      [
        'What should I bring to my first visit?',
        'Bring your health insurance card, a list of the medicines and supplements you take, and any recent test reports. A short note of your symptoms and when they started also helps.',
      ],
    ],
  },
  zh: {
    focus: '預防保健、成人健康檢查、睡眠問題與常見慢性病的長期照護',
    selfCare: [
      '維持規律的作息與用餐時間',
      '多補充水分、減少喝酒',
      '記錄症狀出現的時間和可能的誘因',
      '減少咖啡因，尤其是中午過後',
    ],
    redFlags: ['出現胸痛、喘不過氣或昏倒', '高燒一直不退或意識變得不清楚', '突然單側手腳無力或說話不清楚'],
    faqs: [
      [
        '家庭醫學科看哪些問題？',
        '家醫科照顧各年齡層的常見健康問題，也提供健康檢查與疫苗接種，並協助判斷何時需要轉診到專科。不確定該掛哪一科時，家醫科是很好的第一站。',
      ],
      [
        '不知道該掛哪一科怎麼辦？',
        '如果不確定症狀屬於哪一科，或同時有好幾個輕微的問題，可以先掛家醫科。醫師評估後，必要時會轉介到合適的專科。',
      ],
      [
        '第一次看診要帶什麼？',
        '請攜帶健保卡、目前使用的藥物與保健食品清單，以及最近的檢查報告。事先寫下症狀與開始的時間，看診會更有效率。',
      ],
    ],
  },
};

export const internalMedicine: DepartmentContent = {
  slug: 'internal-medicine',
  weight: 1.2,
  topics: [
    {
      en: {
        name: 'unexplained weight loss',
        label: 'Unexplained weight loss',
        titles: ['Losing weight without trying', 'Weight dropping for no reason'],
        details: [
          'About four kilograms have gone without any change in diet.',
          'Appetite is a little lower than before, but meals are still regular.',
          'Clothes have become noticeably loose.',
          'There is no diarrhea or vomiting.',
        ],
        note: 'Losing weight without trying can have many causes, including stress, changes in eating, an overactive thyroid, diabetes and digestive problems, and occasionally more serious illness, so it is worth looking into properly rather than waiting.',
        check: 'a physical examination, blood and urine tests, and further tests depending on the findings',
      },
      zh: {
        name: '體重莫名減輕',
        label: '體重莫名減輕',
        titles: ['沒減肥卻一直瘦', '體重一直掉'],
        details: [
          '飲食沒什麼改變，卻瘦了大約四公斤。',
          '食慾比以前差一點，但三餐還是正常吃。',
          '衣服明顯變鬆了。',
          '沒有拉肚子或嘔吐。',
        ],
        note: '沒有刻意減重卻變瘦，可能的原因很多，包括壓力、飲食改變、甲狀腺功能亢進、糖尿病或腸胃問題，少數情況是較嚴重的疾病，因此值得好好檢查，不建議一直觀察。',
        check: '身體檢查、抽血驗尿，再依結果安排進一步檢查',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80-89'],
    },
    {
      en: {
        name: 'a low-grade fever that keeps coming back',
        label: 'Recurring low-grade fever',
        titles: ['Low fever on and off', 'Slight fever every afternoon'],
        details: [
          'The thermometer usually reads between 37.5 and 38°C, mostly in the afternoon.',
          'There is no cough or sore throat.',
          'Night sweats have happened a few times.',
          'A fever reducer brings it down, but it comes back the next day.',
        ],
        note: 'A mild fever that keeps returning can be caused by lingering infections, inflammatory conditions, thyroid problems or reactions to medicines; recording the temperature at set times helps the doctor a great deal.',
        check: 'a physical examination, blood and urine tests, and a chest X-ray if needed',
      },
      zh: {
        name: '反覆低燒',
        label: '反覆低燒',
        titles: ['一直反覆低燒', '每天下午都微微發燒'],
        details: [
          '量起來大多在37.5到38度之間，多半是下午。',
          '沒有咳嗽，也沒有喉嚨痛。',
          '有幾次半夜睡到一身汗。',
          '吃退燒藥會退，但隔天又燒起來。',
        ],
        note: '反覆輕微發燒可能與拖延的感染、發炎性疾病、甲狀腺問題或藥物反應有關；固定時間量體溫並記錄下來，對醫師判斷很有幫助。',
        check: '身體檢查、抽血驗尿，必要時照胸部X光',
      },
      spans: ['recent'],
    },
    {
      en: {
        name: 'swollen ankles',
        label: 'Swollen ankles',
        titles: ['Ankles swell by evening', 'Puffy legs'],
        details: [
          'By evening, socks leave deep marks around the ankles.',
          'Pressing on the shin leaves a dent for a few seconds.',
          "The swelling is much better after a night's sleep.",
          'Both legs are affected about equally.',
        ],
        note: 'Swelling around both ankles is common after long hours of standing or sitting, and can also be related to the veins, certain blood pressure medicines, or the heart, kidneys, liver or thyroid.',
        check: 'an examination, blood and urine tests, and heart or kidney tests if needed',
      },
      zh: {
        name: '腳踝水腫',
        label: '腳踝水腫',
        titles: ['腳一到晚上就腫', '小腿水腫'],
        details: [
          '到了晚上，襪子會在腳踝勒出很深的痕跡。',
          '按壓小腿前側會凹下去，過幾秒才回來。',
          '睡一晚起來會消很多。',
          '兩隻腳腫的程度差不多。',
        ],
        note: '雙側腳踝水腫在久站或久坐後很常見，也可能和靜脈回流、部分降血壓藥，或心臟、腎臟、肝臟、甲狀腺的狀況有關。',
        check: '身體檢查、抽血驗尿，必要時安排心臟或腎臟相關檢查',
      },
      ages: ['30-39', '40-49', '50-59', '60-69', '70-79', '80-89', '90+'],
    },
    {
      en: {
        name: 'high blood pressure readings at home',
        label: 'High blood pressure readings',
        titles: ['Blood pressure suddenly high', 'Home readings around 150'],
        details: [
          'Morning readings are usually around 150/95.',
          'There is an occasional dull ache at the back of the head.',
          'Readings taken at the pharmacy were similar.',
          'Salty food and instant noodles are a regular part of the diet.',
        ],
        note: 'Blood pressure can rise with stress, poor sleep, salt, alcohol, pain and some medicines; confirming it with repeated home readings taken the right way is the first step, and treatment depends on the overall cardiovascular risk.',
        check: 'a review of the home readings, an examination, and blood, urine and ECG tests',
      },
      zh: {
        name: '血壓偏高',
        label: '在家量血壓偏高',
        titles: ['最近血壓突然變高', '在家量血壓都150'],
        details: [
          '早上量大多在150/95左右。',
          '偶爾後腦勺會悶悶地痛。',
          '在藥局量的數字也差不多。',
          '平常飲食比較重鹹，常吃泡麵。',
        ],
        note: '血壓會受壓力、睡眠不足、鹽分、喝酒、疼痛與某些藥物影響；先用正確方式在家多次測量確認，再依整體心血管風險決定治療方式。',
        check: '檢視居家血壓紀錄、身體檢查，以及抽血、驗尿與心電圖',
      },
      ages: ['30-39', '40-49', '50-59', '60-69', '70-79', '80-89'],
    },
  ],
  en: {
    focus:
      'unexplained fever and weight loss, high blood pressure and the care of several chronic conditions at once',
    selfCare: [
      'note down the symptoms, with dates and times',
      'eat regular, balanced meals and drink enough water',
      'hold off on starting any new supplements or medicines',
      'get enough rest and keep alcohol to a minimum',
    ],
    redFlags: [
      'chest pain, severe breathlessness or fainting occurs',
      'the fever rises above 39°C with shaking chills or confusion',
      'there is vomiting of blood or black, tarry stools',
    ],
    faqs: [
      [
        'What is the difference between internal medicine and family medicine?',
        'Both look after adults with common illnesses. Internal medicine focuses on diagnosing and managing diseases of the internal organs, often several at once, while family medicine cares for all ages and puts more weight on prevention and continuity of care.',
      ],
      [
        'Do I need to fast before blood tests?',
        'Some tests, such as fasting blood sugar and certain cholesterol tests, need 8 hours or more without food; plain water is usually fine. Follow the instructions from your clinic, and ask whether to take your usual medicines that morning.',
      ],
    ],
  },
  zh: {
    focus: '不明原因發燒與體重減輕、高血壓，以及多重慢性病的整合照護',
    selfCare: [
      '把症狀與發生的日期、時間記錄下來',
      '三餐規律、均衡飲食，並補充足夠水分',
      '暫時不要自行增加保健食品或藥物',
      '充分休息，盡量少喝酒',
    ],
    redFlags: ['出現胸痛、嚴重喘或昏倒', '發燒超過39度並伴隨畏寒發抖或意識不清', '吐血或解黑便'],
    faqs: [
      [
        '內科和家醫科有什麼不同？',
        '兩者都照顧成人常見疾病。內科著重成人內臟器官疾病的診斷與治療，常處理多種慢性病同時存在的情形；家醫科則照顧各年齡層，較強調預防保健與持續性照護。',
      ],
      [
        '抽血前需要空腹嗎？',
        '部分項目如空腹血糖、某些血脂檢查，需要空腹8小時以上，喝白開水通常沒關係。請依照院所給的說明，並詢問當天早上的常規藥物是否照常服用。',
      ],
    ],
  },
};
