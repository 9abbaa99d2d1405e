/** Demo content: Neurology and Neurosurgery. General, non-diagnostic wording. */
import type { DepartmentContent } from '../demo-types.ts';

export const neurology: DepartmentContent = {
  slug: 'neurology',
  weight: 1.2,
  topics: [
    {
      en: {
        name: 'muscle twitching',
        label: 'Muscle twitching',
        titles: ['Twitching muscles all over', 'Muscles jumping on their own'],
        details: [
          'It moves around between the calves, the arms and sometimes an eyelid.',
          'Each twitch lasts only a second or two, but they come many times a day.',
          'There is no weakness; climbing stairs and gripping things feel normal.',
          'It seems worse after late nights and several cups of coffee.',
        ],
        note: 'Muscle twitching is very common and is usually related to fatigue, caffeine, stress, exercise or minerals such as magnesium and calcium; twitching without weakness or muscle wasting is rarely a sign of serious nerve disease, but an examination can provide reassurance.',
        check: 'a neurological examination, and blood tests for electrolytes and thyroid function if needed',
      },
      zh: {
        name: '肌肉跳動',
        label: '手腳肌肉跳動',
        titles: ['全身肌肉一直跳', '肌肉不自主跳動'],
        details: [
          '小腿、手臂輪流在跳，有時候連眼皮也會跳。',
          '每次只跳一兩秒，但一天會發生很多次。',
          '沒有無力的感覺，爬樓梯、拿東西都正常。',
          '熬夜或咖啡喝多的時候好像比較明顯。',
        ],
        note: '肌肉跳動非常常見，多半和疲勞、咖啡因、壓力、運動或鎂、鈣等電解質有關；如果沒有合併無力或肌肉萎縮，很少是嚴重的神經疾病，但做個檢查可以比較安心。',
        check: '神經學檢查，必要時抽血檢查電解質與甲狀腺功能',
      },
      flags: [0],
      care: [0, 1, 2],
    },
    {
      en: {
        name: 'frequent headaches',
        label: 'Frequent headaches',
        titles: ['Headache almost every day', 'Headaches getting more frequent'],
        details: [
          'The pain feels like a tight band around the head.',
          'It is usually worse in the afternoon, after hours at the computer.',
          'Painkillers are being taken four or five days a week.',
          'Sometimes there is sensitivity to light and nausea.',
        ],
        note: 'Frequent headaches are most often tension-type headaches or migraine, and taking painkillers on many days a month can itself make headaches more frequent; new headaches after 50, or headaches with other nerve symptoms, need prompt assessment.',
        check:
          'a neurological examination, a review of a headache diary, and brain imaging only if there are warning signs',
      },
      zh: {
        name: '頭痛',
        label: '常常頭痛',
        titles: ['幾乎每天頭痛', '頭痛越來越頻繁'],
        details: [
          '痛起來像有一條帶子緊緊綁住頭。',
          '通常在下午盯著電腦好幾個小時後比較嚴重。',
          '一週有四、五天都在吃止痛藥。',
          '有時會怕光、想吐。',
        ],
        note: '頻繁頭痛最常見的是緊縮型頭痛或偏頭痛，而一個月中太多天吃止痛藥，本身也可能讓頭痛更頻繁；50歲以後新出現的頭痛，或合併其他神經症狀的頭痛，則需要盡快評估。',
        check: '神經學檢查、檢視頭痛日記，有警訊時才安排腦部影像檢查',
      },
      flags: [1],
      care: [0, 1, 2],
    },
    {
      en: {
        name: 'dizzy spells',
        label: 'Dizzy spells',
        titles: ['Room spinning when turning over in bed', 'Sudden dizziness'],
        details: [
          'The room seems to spin for less than a minute when turning over in bed.',
          'Looking up to hang the laundry can set it off.',
          'There is nausea during the spells but no vomiting.',
          'Hearing seems unchanged.',
        ],
        note: 'Brief spinning dizziness set off by head movements is often caused by a problem in the balance organ of the inner ear, which can usually be treated with simple repositioning maneuvers, but dizziness can also come from blood pressure, the heart or the brain, so an examination is needed.',
        check: 'a neurological and balance examination, with positional tests and hearing tests if needed',
      },
      zh: {
        name: '頭暈',
        label: '頭暈、天旋地轉',
        titles: ['翻身就天旋地轉', '突然頭暈'],
        details: [
          '晚上在床上翻身時，會天旋地轉不到一分鐘。',
          '抬頭晾衣服也會引發。',
          '暈的時候會想吐，但沒有真的吐。',
          '聽力好像沒什麼改變。',
        ],
        note: '因頭部姿勢改變引發的短暫旋轉性頭暈，常見原因是內耳平衡器官的問題，很多可以用簡單的耳石復位治療，但頭暈也可能與血壓、心臟或腦部有關，因此需要實際檢查。',
        check: '神經學與平衡功能檢查，必要時加做姿勢誘發測試與聽力檢查',
      },
      ages: ['30-39', '40-49', '50-59', '60-69', '70-79', '80-89'],
      flags: [2],
      care: [0, 3],
    },
    {
      en: {
        name: 'numbness and tingling in the hands',
        label: 'Numb, tingling hands',
        titles: ['Fingers go numb at night', 'Pins and needles in both hands'],
        details: [
          'The thumb, index and middle fingers go numb, especially at night.',
          'Shaking the hands brings the feeling back.',
          'Work involves a lot of typing and using a mouse.',
          'Small buttons have become a little harder to do up.',
        ],
        note: 'Numbness in the fingers is often caused by pressure on a nerve, for example at the wrist in carpal tunnel syndrome or in the neck, and sometimes by diabetes, vitamin B12 deficiency or thyroid problems.',
        check: 'a neurological examination, nerve conduction tests and blood tests if needed',
      },
      zh: {
        name: '手麻',
        label: '手麻、刺刺的',
        titles: ['半夜手指發麻', '兩手都有針刺感'],
        details: [
          '大拇指、食指和中指會發麻，晚上特別明顯。',
          '甩一甩手就會比較好。',
          '工作需要長時間打字、用滑鼠。',
          '扣小釦子變得有點吃力。',
        ],
        note: '手指發麻常見的原因是神經受到壓迫，例如手腕的腕隧道症候群或頸椎問題，有時也和糖尿病、維生素B12不足或甲狀腺問題有關。',
        check: '神經學檢查、神經傳導檢查，必要時抽血',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79'],
      flags: [0],
      care: [0, 2],
    },
  ],
  en: {
    focus: 'headache, dizziness, numbness and movement disorders',
    selfCare: [
      'keep a diary of when the symptoms happen and what may have triggered them',
      'keep regular sleeping hours and limit caffeine and alcohol',
      'take regular breaks from screens and from staying in one posture',
      'avoid driving or climbing ladders during dizzy spells',
    ],
    redFlags: [
      'there is sudden weakness or numbness on one side, a drooping face or slurred speech',
      'a sudden, severe headache unlike any before occurs',
      'dizziness comes with double vision, trouble walking or fainting',
    ],
    faqs: [
      [
        'What are the warning signs of a stroke?',
        'Remember FAST: Face drooping, Arm weakness, Speech difficulty, Time to call 119. Call right away even if the symptoms fade, and note the time they started.',
      ],
      [
        'Should I get a brain MRI for my headaches?',
        'Most headaches do not need imaging. A neurologist recommends a scan when there are warning signs, such as a sudden severe headache, new headaches after 50, or headaches with weakness or confusion.',
      ],
    ],
  },
  zh: {
    focus: '頭痛、頭暈、手腳麻木與動作障礙',
    selfCare: [
      '記錄症狀發生的時間與可能的誘因',
      '規律睡眠，減少咖啡因和酒精',
      '避免長時間盯著螢幕或維持同一個姿勢，定時休息',
      '在頭暈發作時避免開車或爬高',
    ],
    redFlags: [
      '突然單側手腳無力或麻木、嘴歪或說話不清楚',
      '突然出現從未有過的劇烈頭痛',
      '頭暈合併複視、走路不穩或昏倒',
    ],
    faqs: [
      [
        '中風的警訊有哪些？',
        '台灣常用的口訣是「臉歪、手垂、大舌頭，記下時間快打119」。出現臉部歪斜、單側手無力、說話不清楚時，要立刻撥打119並記下症狀開始的時間，即使症狀消失也要就醫。',
      ],
      [
        '頭痛需要做腦部核磁共振嗎？',
        '大部分頭痛不需要做影像檢查。若有警訊，例如突然劇烈頭痛、50歲後新出現的頭痛，或合併無力、意識混亂，神經科醫師才會建議安排。',
      ],
    ],
  },
};

export const neurosurgery: DepartmentContent = {
  slug: 'neurosurgery',
  weight: 0.8,
  topics: [
    {
      en: {
        name: 'back pain that shoots down one leg',
        label: 'Back pain shooting down the leg',
        titles: ['Pain from the back down to the foot', 'Sciatica-like leg pain'],
        details: [
          'The pain runs from the buttock down the back of the thigh to the calf.',
          'Sitting for a long time or bending forward makes it worse.',
          'There is some numbness on the outer side of the foot.',
          'Painkillers only take the edge off.',
        ],
        note: 'Pain that travels from the back down one leg is often caused by irritation of a nerve root, for example from a disc bulge, and many cases improve with time, activity changes and rehabilitation; weakness or problems with bladder or bowel control need urgent assessment.',
        check: 'a neurological examination and, depending on the findings, an MRI of the lower spine',
      },
      zh: {
        name: '腰痛延伸到腳',
        label: '腰痛痛到腳',
        titles: ['從腰一路痛到腳', '坐骨神經痛'],
        details: [
          '從屁股沿著大腿後側一路痛到小腿。',
          '久坐或彎腰時更痛。',
          '腳掌外側有點麻。',
          '吃止痛藥只能稍微緩解。',
        ],
        note: '從腰部延伸到單側腳的疼痛，常是神經根受到刺激，例如椎間盤突出，很多人經過一段時間、調整活動與復健後會改善；但若出現無力或大小便控制的問題，就需要緊急評估。',
        check: '神經學檢查，並依結果安排腰椎核磁共振',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79'],
      flags: [0],
      care: [0, 1, 3],
    },
    {
      en: {
        name: 'neck pain with numbness down one arm',
        label: 'Neck pain with arm numbness',
        titles: ['Stiff neck and numb arm', 'Neck pain spreading to the arm'],
        details: [
          'The pain starts in the neck and spreads to the shoulder blade and the arm.',
          'Looking up or tilting the head back makes it worse.',
          'The ring and little fingers feel numb.',
          'Work involves long hours looking down at a screen.',
        ],
        note: 'Neck pain with arm symptoms is often related to wear in the neck joints or discs pressing on a nerve; most people improve without surgery, but increasing weakness, clumsy hands or unsteady walking should be checked promptly.',
        check: 'a neurological examination, neck X-rays and an MRI if needed',
      },
      zh: {
        name: '脖子痛合併手麻',
        label: '脖子痛、手麻',
        titles: ['脖子僵硬手又麻', '脖子痛延伸到手'],
        details: [
          '從脖子開始痛，延伸到肩胛骨和手臂。',
          '抬頭或頭往後仰時更痛。',
          '無名指和小指麻麻的。',
          '工作需要長時間低頭看螢幕。',
        ],
        note: '脖子痛合併手部症狀，常和頸椎關節或椎間盤退化壓迫神經有關；大多數人不需要開刀就能改善，但若無力越來越明顯、手變得不靈活或走路不穩，就要盡快檢查。',
        check: '神經學檢查、頸椎X光，必要時安排核磁共振',
      },
      ages: ['30-39', '40-49', '50-59', '60-69', '70-79'],
      flags: [0],
      care: [1, 2, 3],
    },
    {
      en: {
        name: 'a headache after a fall and a knock to the head',
        label: 'Head injury after a fall',
        intro: ['{subj} fell and hit {my} head {ago}.'],
        titles: ['Hit head in a fall', 'Fell and bumped head'],
        details: [
          'The fall happened at home, and the back of the head hit the floor.',
          'There was no loss of consciousness, but there has been a headache since.',
          'Blood thinners are taken for a heart condition.',
          'There is a swollen lump where the head was hit.',
        ],
        note: 'Most people recover well after a knock to the head, but older people and those taking blood thinners can develop bleeding inside the skull hours or even days later, so they should be assessed promptly, often with a CT scan.',
        check: 'a neurological examination and a CT scan of the head if indicated',
        visit: 'an emergency department, or a Neurosurgery clinic the same day',
      },
      zh: {
        name: '跌倒撞到頭後頭痛',
        label: '跌倒撞到頭',
        intro: ['{我}{ago}跌倒撞到頭。'],
        titles: ['長輩跌倒撞到頭', '跌倒後頭痛'],
        details: [
          '在家裡跌倒，後腦勺撞到地板。',
          '當時沒有昏過去，但之後一直頭痛。',
          '因為心臟的問題有在吃抗凝血藥。',
          '撞到的地方腫了一個包。',
        ],
        note: '頭部受傷後大多數人可以順利恢復，但年紀較大或有服用抗凝血藥的人，可能在幾小時甚至幾天後才出現顱內出血，因此應該盡快評估，常需要安排電腦斷層。',
        check: '神經學檢查，必要時安排頭部電腦斷層',
        visit: '急診或當天的神經外科門診',
      },
      ages: ['60-69', '70-79', '80-89', '90+'],
      spans: ['acute'],
      flags: [1, 2],
      care: [],
    },
    {
      en: {
        name: 'a small meningioma',
        label: 'Meningioma found by chance',
        titles: ['MRI found a meningioma', 'Small brain tumor on a scan'],
        intro: ['A brain MRI done for another reason found {name} about 1.5 centimeters across.'],
        details: [
          'There are no symptoms related to it.',
          'The report suggests follow-up imaging.',
          'Hearing the word "tumor" has been very frightening.',
          'It is unclear whether surgery will be needed.',
        ],
        note: 'Meningiomas are usually slow-growing, non-cancerous tumors, and small ones found by chance are often followed with repeat scans rather than treated straight away; the decision depends on size, location, growth and symptoms.',
        check: 'a review of the MRI with a neurosurgeon and a plan for follow-up scans',
      },
      zh: {
        name: '腦膜瘤',
        label: '意外發現腦膜瘤',
        titles: ['核磁共振發現腦膜瘤', '檢查發現腦部小腫瘤'],
        intro: ['因為其他原因做了腦部核磁共振，意外發現一顆大約1.5公分的{name}。'],
        details: [
          '目前沒有相關症狀。',
          '報告建議定期追蹤影像。',
          '一聽到「腫瘤」兩個字就非常害怕。',
          '不知道之後是不是需要開刀。',
        ],
        note: '腦膜瘤通常生長緩慢，多數是良性的，意外發現的小腫瘤常先以定期影像追蹤，不一定要馬上治療；是否處理取決於大小、位置、生長速度與症狀。',
        check: '與神經外科醫師一起檢視核磁共振影像，並擬定追蹤計畫',
      },
      ages: ['40-49', '50-59', '60-69', '70-79'],
      flags: [2],
      care: [3],
      concern: true,
    },
  ],
  en: {
    focus: 'spine disorders, nerve compression, head injury and brain tumors',
    selfCare: [
      'stay gently active and avoid long periods of sitting or bed rest',
      'avoid heavy lifting and sudden twisting for now',
      'use a pillow that keeps the neck in a neutral position',
      'gather previous scans and reports to bring along',
    ],
    redFlags: [
      'new weakness in the legs, numbness around the groin, or loss of bladder or bowel control appears',
      'after a head injury there is vomiting, increasing drowsiness or confusion',
      'a sudden, severe headache or a seizure occurs',
    ],
    faqs: [
      [
        'Does a slipped disc always need surgery?',
        'No. Most people with a disc problem improve with time, activity changes, medicines and rehabilitation. Surgery is considered for severe or increasing weakness, loss of bladder or bowel control, or pain that does not improve despite adequate treatment.',
      ],
      [
        'What should I watch for after a head injury?',
        'In the following days, watch for vomiting, increasing drowsiness, confusion, a worsening headache, weakness or a seizure, especially in older people and anyone taking blood thinners. If any of these appear, go to the emergency department.',
      ],
    ],
  },
  zh: {
    focus: '脊椎疾病、神經壓迫、頭部外傷與腦部腫瘤',
    selfCare: [
      '維持溫和的活動，避免久坐或長時間臥床',
      '暫時避免提重物和突然扭轉身體',
      '使用能讓頸部保持自然弧度的枕頭',
      '整理以前的影像與報告，看診時帶去',
    ],
    redFlags: [
      '出現新的腳無力、胯下麻木或大小便失禁',
      '頭部受傷後出現嘔吐、越來越想睡或意識混亂',
      '突然劇烈頭痛或發生抽搐',
    ],
    faqs: [
      [
        '椎間盤突出一定要開刀嗎？',
        '不一定。大多數人經過一段時間、調整活動、藥物與復健後會改善。若出現嚴重或越來越明顯的無力、大小便失禁，或經過適當治療仍無法改善的疼痛，才會考慮手術。',
      ],
      [
        '頭部受傷後要注意什麼？',
        '受傷後幾天內要留意是否出現嘔吐、越來越想睡、意識混亂、頭痛加劇、手腳無力或抽搐，年長者與服用抗凝血藥的人尤其要小心。一旦出現，請立即到急診。',
      ],
    ],
  },
};
