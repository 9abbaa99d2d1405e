/** Demo content: Gastroenterology and Nephrology. General, non-diagnostic wording. */
import type { DepartmentContent } from '../demo-types.ts';

export const gastroenterology: DepartmentContent = {
  slug: 'gastroenterology',
  weight: 1.3,
  topics: [
    {
      en: {
        name: 'heartburn and acid reflux',
        label: 'Heartburn',
        titles: ['Burning chest after meals', 'Acid coming up at night'],
        details: [
          'A burning feeling rises behind the breastbone about an hour after eating.',
          'Sour liquid sometimes comes up into the throat when lying down.',
          'Late dinners, coffee and fried food make it worse.',
          'The voice is also a bit hoarse in the mornings.',
        ],
        note: 'Heartburn is very common and is often linked to acid reflux, which large or late meals, coffee, alcohol, smoking and extra weight can worsen; symptoms that persist, or come with trouble swallowing or weight loss, need further checking.',
        check: 'a discussion of symptoms and medicines, and an upper endoscopy if needed',
      },
      zh: {
        name: '火燒心',
        label: '火燒心',
        titles: ['飯後胸口灼熱', '晚上胃酸逆流'],
        details: [
          '吃完飯大約一小時，胸骨後面會有灼熱感往上衝。',
          '躺下時偶爾會有酸水跑到喉嚨。',
          '晚餐吃太晚、喝咖啡或吃炸的東西會更嚴重。',
          '早上起床聲音也會有點沙啞。',
        ],
        note: '火燒心很常見，多與胃酸逆流有關，吃太飽、太晚吃、咖啡、酒、抽菸和體重過重都可能讓症狀加重；若症狀持續，或合併吞嚥困難、體重減輕，就需要進一步檢查。',
        check: '詳細問診與用藥評估，必要時安排胃鏡檢查',
      },
    },
    {
      en: {
        name: 'bloating and irregular bowel habits',
        label: 'Bloating and irregular bowel habits',
        titles: ['Bloated all the time', 'Alternating constipation and diarrhea'],
        details: [
          'The belly feels swollen by the afternoon, and trousers get tight.',
          'Bowel movements switch between constipation and loose stools.',
          'Passing gas or having a bowel movement brings some relief.',
          'It is worse during stressful weeks at work.',
        ],
        note: 'Bloating with changing bowel habits is often functional, meaning the gut is sensitive without visible damage, and diet, stress and routine play a big role; new changes after middle age, blood in the stool or weight loss call for tests such as a colonoscopy.',
        check:
          'an abdominal examination, stool and blood tests, and a colonoscopy depending on age and symptoms',
      },
      zh: {
        name: '脹氣',
        label: '脹氣、排便不規律',
        titles: ['肚子一直脹氣', '一下便秘一下拉肚子'],
        details: [
          '到了下午肚子就脹起來，褲頭變得很緊。',
          '排便一下便秘、一下又是軟便。',
          '排氣或上完廁所後會舒服一點。',
          '工作壓力大的那幾週特別明顯。',
        ],
        note: '脹氣合併排便習慣改變，常屬於功能性問題，也就是腸道比較敏感但沒有明顯損傷，飲食、壓力與作息的影響很大；若是中年以後才出現的新變化，或有血便、體重減輕，就需要做大腸鏡等檢查。',
        check: '腹部檢查、糞便與血液檢查，並依年齡和症狀決定是否做大腸鏡',
      },
    },
    {
      en: {
        name: 'fatty liver',
        label: 'Fatty liver on an ultrasound',
        titles: ['Told I have fatty liver', 'Fatty liver and high liver enzymes'],
        intro: [
          'An abdominal ultrasound at a health check showed {name}.',
          'A health check report mentioned {name} and slightly raised liver enzymes.',
        ],
        details: [
          'The liver enzyme (ALT) was a little above the normal range.',
          'There are no symptoms at all.',
          'Weight has gone up by several kilograms over the last few years.',
          'A drink or two with dinner is a regular habit.',
        ],
        note: 'Fatty liver is common and closely linked to weight, blood sugar, blood fats and alcohol; in many people it improves with gradual weight loss and more activity, but it is worth testing for hepatitis B and C and assessing the liver more fully.',
        check:
          'blood tests including hepatitis B and C, a repeat ultrasound and, if needed, a measurement of liver stiffness',
      },
      zh: {
        name: '脂肪肝',
        label: '健檢發現脂肪肝',
        titles: ['被說有脂肪肝', '脂肪肝加上肝指數高'],
        intro: ['健檢的腹部超音波顯示有{name}。', '健檢報告寫{我}有{name}，肝指數也有點高。'],
        details: [
          '肝指數（ALT）比正常值高一點。',
          '完全沒有任何不舒服。',
          '這幾年體重增加了好幾公斤。',
          '晚餐習慣喝一兩杯酒。',
        ],
        note: '脂肪肝很常見，和體重、血糖、血脂與飲酒習慣密切相關；很多人在逐步減重、增加活動後會改善，但仍建議檢查B肝、C肝，並更完整地評估肝臟狀況。',
        check: '抽血（包括B肝、C肝）、追蹤腹部超音波，必要時評估肝臟纖維化程度',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79'],
      concern: true,
      flags: [2, 0],
      care: [1, 2],
    },
    {
      en: {
        name: 'blood on the toilet paper',
        label: 'Blood after a bowel movement',
        titles: ['Bright red blood when wiping', 'Blood in stool'],
        details: [
          'The blood is bright red and appears on the paper after wiping.',
          'There is a little pain when passing hard stools.',
          'It has happened several times, usually after constipation.',
          'There is no known family history of bowel disease.',
        ],
        note: 'Bright red blood after passing a hard stool often comes from hemorrhoids or a small tear near the anus, but blood can also come from higher up in the bowel, so it should be examined rather than assumed to be harmless.',
        check:
          'an examination of the anal area, and a sigmoidoscopy or colonoscopy depending on age and findings',
      },
      zh: {
        name: '排便出血',
        label: '上廁所有血',
        titles: ['擦屁股有鮮血', '大便有血'],
        details: [
          '是鮮紅色的血，擦拭時在衛生紙上看到。',
          '大便比較硬的時候會有點痛。',
          '已經發生好幾次，通常在便秘之後。',
          '家族裡沒有聽說有人有腸道疾病。',
        ],
        note: '解硬便後出現鮮紅色的血，常見原因是痔瘡或肛門周圍的小裂傷，但血也可能來自更上面的腸道，因此建議檢查確認，不要自行認定沒事。',
        check: '肛門部位的檢查，並依年齡與檢查結果安排乙狀結腸鏡或大腸鏡',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80-89'],
    },
  ],
  en: {
    focus: 'acid reflux, irritable bowel, fatty liver and endoscopy',
    selfCare: [
      'eat smaller meals and avoid eating within three hours of bedtime',
      'limit coffee, alcohol, spicy and fried food for a while',
      'drink enough water and include vegetables and fruit for fiber',
      'note which foods seem to make things worse',
    ],
    redFlags: [
      'there is vomiting of blood or black, tarry stools',
      'severe abdominal pain comes on suddenly or the belly becomes hard',
      'swallowing becomes difficult or the eyes turn yellow',
    ],
    faqs: [
      [
        'How should I prepare for a colonoscopy?',
        "Usually you eat a low-fiber diet for a day or two and drink a bowel-cleansing solution before the test. Follow your hospital's instructions closely, and tell them in advance about blood thinners or diabetes medicines.",
      ],
      [
        'Is it normal to be afraid of an endoscopy?',
        'Yes, many people are. Most hospitals offer sedated endoscopy, which is more comfortable; ask about it when booking, and arrange for someone to take you home afterwards.',
      ],
      [
        'When should bowel cancer screening start?',
        'Taiwan offers people in the screening age range a free stool test for hidden blood every two years, and people with a family history may need to start earlier. Ask your doctor or local health center about your own eligibility.',
      ],
    ],
  },
  zh: {
    focus: '胃食道逆流、腸躁症、脂肪肝與內視鏡檢查',
    selfCare: [
      '少量多餐，睡前三小時不要進食',
      '暫時減少咖啡、酒、辛辣和油炸食物',
      '多喝水，多吃蔬菜水果補充纖維',
      '記錄哪些食物會讓症狀變嚴重',
    ],
    redFlags: ['吐血或解黑便', '突然劇烈腹痛，或肚子變得很硬', '吞嚥困難或眼白變黃'],
    faqs: [
      [
        '大腸鏡檢查前要怎麼準備？',
        '通常檢查前一兩天改吃低渣飲食，並依指示喝清腸藥。請仔細照醫院的說明準備，若有服用抗凝血藥或糖尿病藥物，要事先告知。',
      ],
      [
        '很怕做胃鏡怎麼辦？',
        '很多人都會緊張。多數醫院提供麻醉（無痛）胃鏡，過程比較舒服，預約時可以詢問；做完後需要有人陪同回家。',
      ],
      [
        '什麼時候要開始做大腸癌篩檢？',
        '政府提供符合年齡的民眾每兩年一次免費糞便潛血檢查，有家族史的人可能需要更早開始。實際資格可以詢問醫師或衛生所。',
      ],
    ],
  },
};

export const nephrology: DepartmentContent = {
  slug: 'nephrology',
  weight: 0.8,
  topics: [
    {
      en: {
        name: 'foamy urine',
        label: 'Foamy urine',
        titles: ['Urine is very foamy', "Bubbles in urine that don't disappear"],
        details: [
          'The bubbles stay in the toilet for several minutes.',
          'It is most noticeable in the first urine of the morning.',
          'There is no pain when passing urine.',
          'The eyelids look a little puffy in the mornings.',
        ],
        note: 'Foamy urine is often due to a strong stream or concentrated urine, but foam that persists can be a sign of protein leaking into the urine, which a simple urine test can check.',
        check: 'a urine test for protein, blood tests for kidney function and a blood pressure check',
      },
      zh: {
        name: '尿液泡泡多',
        label: '小便泡泡多',
        titles: ['小便泡泡很多', '尿尿泡泡久久不散'],
        details: [
          '泡泡在馬桶裡好幾分鐘都不會散。',
          '早上第一泡尿最明顯。',
          '小便時不會痛。',
          '早上起床眼皮看起來有點腫。',
        ],
        note: '小便有泡泡常與尿流太急或尿液比較濃有關，但泡泡持續不散，可能代表尿中有蛋白質，可以透過簡單的尿液檢查確認。',
        check: '尿液蛋白檢查、抽血檢驗腎功能並量血壓',
      },
    },
    {
      en: {
        name: 'a raised creatinine level',
        label: 'High creatinine on a blood test',
        titles: ['Creatinine a bit high', 'Kidney function lower than normal?'],
        intro: [
          'A routine blood test showed {name}.',
          'A health check found {name}, and the report suggested seeing a kidney specialist.',
        ],
        details: [
          'The estimated GFR was reported as about 55.',
          'There are no symptoms, and the amount of urine seems normal.',
          'Painkillers have been taken quite often for back pain.',
          'Blood pressure has been borderline for several years.',
        ],
        note: 'A raised creatinine can reflect reduced kidney filtering, but it is also affected by dehydration, muscle mass and some medicines; a repeat test with a urine test shows whether it is stable, and common contributors such as high blood pressure, diabetes and frequent painkiller use can often be addressed.',
        check: 'repeat blood and urine tests, a kidney ultrasound and a review of medicines',
      },
      zh: {
        name: '肌酸酐偏高',
        label: '抽血肌酸酐偏高',
        titles: ['肌酸酐有點高', '腎功能比正常差？'],
        intro: ['例行抽血發現{name}。', '健檢報告顯示{name}，建議到腎臟科追蹤。'],
        details: [
          '報告上的腎絲球過濾率大約55。',
          '沒有任何症狀，尿量看起來也正常。',
          '因為腰痛，常常吃止痛藥。',
          '這幾年血壓一直在邊緣。',
        ],
        note: '肌酸酐偏高可能代表腎臟過濾功能下降，但也會受脫水、肌肉量與某些藥物影響；重新抽血並驗尿，可以看出是否穩定，而高血壓、糖尿病與常吃止痛藥等常見因素，很多都可以改善。',
        check: '重新抽血與驗尿、腎臟超音波，並檢視目前用藥',
      },
      ages: ['30-39', '40-49', '50-59', '60-69', '70-79', '80-89'],
      concern: true,
    },
    {
      en: {
        name: 'blood in the urine on a test',
        label: 'Microscopic blood in urine',
        titles: ['Urine test shows blood', 'Hidden blood in urine'],
        intro: ['A routine urine test showed {name}, even though the urine looks a normal color.'],
        details: [
          'The report showed a small number of red blood cells.',
          'There is no pain and no fever.',
          'The test was done the day after a long run.',
          'A repeat test has not been done yet.',
        ],
        note: 'Small amounts of blood in the urine that are only visible under a microscope can follow hard exercise, infection or menstruation, and can also come from the kidneys or the urinary tract, so a repeat test is the usual first step.',
        check: 'a repeat urine test, blood tests for kidney function and an ultrasound if needed',
      },
      zh: {
        name: '尿液潛血',
        label: '驗尿有潛血',
        titles: ['驗尿說有潛血', '尿液潛血反應'],
        intro: ['例行驗尿發現有{name}，但尿的顏色看起來正常。'],
        details: [
          '報告顯示有少量紅血球。',
          '沒有疼痛，也沒有發燒。',
          '驗尿的前一天剛跑完長距離。',
          '還沒有再驗一次。',
        ],
        note: '只有在顯微鏡下才看得到的少量血尿，可能在劇烈運動、感染或月經後出現，也可能來自腎臟或泌尿道，因此通常會先重新驗一次尿。',
        check: '重新驗尿、抽血檢查腎功能，必要時安排超音波',
      },
      concern: true,
    },
  ],
  en: {
    focus: 'chronic kidney disease, protein in the urine and kidney care in diabetes and high blood pressure',
    selfCare: [
      'drink enough water, unless a doctor has advised limiting fluids',
      'avoid taking painkillers regularly without medical advice',
      'keep a record of blood pressure readings',
      'cut down on very salty food and processed meat',
    ],
    redFlags: [
      'very little urine is passed for a whole day',
      'the face and legs swell quickly or breathing becomes difficult',
      'a fever comes with pain in the side of the back',
    ],
    faqs: [
      [
        'Which tests check kidney health?',
        'A blood test for creatinine (used to estimate the GFR) and a urine test for protein are the basic checks. People with diabetes or high blood pressure should have them at least once a year.',
      ],
      [
        'Do painkillers harm the kidneys?',
        'Some common painkillers (NSAIDs) can reduce kidney function, especially with dehydration, older age or existing kidney disease. Use them only as directed, and ask a doctor or pharmacist if you need them often.',
      ],
    ],
  },
  zh: {
    focus: '慢性腎臟病、蛋白尿，以及糖尿病與高血壓病人的腎臟照護',
    selfCare: [
      '喝足夠的水（醫師要求限水者除外）',
      '避免自行長期服用止痛藥',
      '記錄血壓數值',
      '減少重鹹食物與加工肉品',
    ],
    redFlags: ['一整天幾乎沒有尿', '臉和腳快速腫起來，或呼吸變得困難', '發燒合併腰側疼痛'],
    faqs: [
      [
        '怎麼知道腎臟好不好？',
        '抽血驗肌酸酐（用來估算腎絲球過濾率）和驗尿看蛋白質，是最基本的檢查。有糖尿病或高血壓的人，建議至少每年檢查一次。',
      ],
      [
        '止痛藥會傷腎嗎？',
        '部分常見止痛藥（非類固醇消炎止痛藥）可能影響腎功能，脫水、年紀較大或本身有腎臟病時風險更高。請依指示使用，若需要經常服用，請先詢問醫師或藥師。',
      ],
    ],
  },
};
