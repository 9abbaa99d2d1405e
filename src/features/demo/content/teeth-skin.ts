/** Demo content: Dentistry and Dermatology. General, non-diagnostic wording. */
import type { DepartmentContent } from '../demo-types.ts';

export const dentistry: DepartmentContent = {
  slug: 'dentistry',
  topics: [
    {
      en: {
        name: 'tooth sensitivity to cold',
        label: 'Tooth sensitive to cold',
        titles: ['Sharp pain when drinking cold water', 'Sensitive teeth'],
        details: [
          'A sharp, short pain shoots through a lower back tooth with cold drinks.',
          'The pain goes away within a few seconds.',
          'The gum near that tooth seems to have pulled back a little.',
          'Brushing is done quite hard with a medium-bristle brush.',
        ],
        note: 'Short, sharp pain with cold is often caused by exposed root surfaces, worn enamel or a cavity; lingering or throbbing pain, or pain on biting, may mean the nerve is inflamed and should be seen soon.',
        check: 'a dental examination and X-rays if needed',
      },
      zh: {
        name: '牙齒遇冷酸痛',
        label: '牙齒敏感',
        titles: ['喝冰水牙齒很酸', '牙齒敏感'],
        details: [
          '喝冰的時候，下排後面的牙齒會一陣刺痛。',
          '痛幾秒鐘就過了。',
          '那顆牙附近的牙齦好像有點萎縮。',
          '刷牙習慣很用力，用的是中等硬度的牙刷。',
        ],
        note: '遇冷短暫刺痛，常見原因是牙根暴露、琺瑯質磨損或蛀牙；若疼痛持續、會抽痛或咬東西會痛，可能是牙神經發炎，要盡快就醫。',
        check: '口腔檢查，必要時照X光',
      },
      flags: [0],
      care: [0, 2],
    },
    {
      en: {
        name: 'bleeding gums',
        label: 'Bleeding gums',
        titles: ['Gums bleed when brushing', 'Swollen gums and bad breath'],
        details: [
          'The gums bleed a little every time the teeth are brushed.',
          'The gums look red and puffy between some teeth.',
          'There is bad breath that mouthwash only covers for a short time.',
          'The last dental cleaning was more than two years ago.',
        ],
        note: 'Bleeding gums are most often caused by gum inflammation from plaque, which usually improves with a professional cleaning and better brushing and flossing; left untreated, it can progress to periodontitis and loosen the teeth.',
        check: 'a dental examination, a gum (periodontal) check and a cleaning',
      },
      zh: {
        name: '牙齦流血',
        label: '刷牙牙齦流血',
        titles: ['刷牙就流血', '牙齦腫又有口臭'],
        details: [
          '每次刷牙牙齦都會流一點血。',
          '有些牙縫間的牙齦看起來紅紅腫腫的。',
          '有口臭，用漱口水只能撐一下子。',
          '上次洗牙已經是兩年多前。',
        ],
        note: '牙齦流血最常見的原因是牙菌斑引起的牙齦發炎，通常在洗牙並改善刷牙、使用牙線後會好轉；若不處理，可能進展成牙周病，讓牙齒鬆動。',
        check: '口腔檢查、牙周檢查與洗牙',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79'],
      flags: [0],
      care: [0, 1],
    },
    {
      en: {
        name: 'pain and swelling around a wisdom tooth',
        label: 'Painful wisdom tooth',
        titles: ['Wisdom tooth pain', 'Swollen gum at the back of the mouth'],
        details: [
          'The gum behind the last lower molar is swollen and sore.',
          'Opening the mouth wide is uncomfortable.',
          'Food gets trapped there easily.',
          'It has flared up a few times before.',
        ],
        note: 'Pain and swelling around a partly erupted wisdom tooth is common and is usually caused by inflammation of the gum flap over it; repeated flare-ups are a common reason to consider removing the tooth.',
        check: 'a dental examination and an X-ray of the wisdom teeth',
      },
      zh: {
        name: '智齒周圍腫痛',
        label: '智齒痛',
        titles: ['智齒發炎很痛', '最後面的牙齦腫起來'],
        details: [
          '下排最後一顆臼齒後面的牙齦又腫又痛。',
          '嘴巴張大會不舒服。',
          '很容易卡食物。',
          '之前已經發作過好幾次。',
        ],
        note: '長了一半的智齒周圍腫痛很常見，多半是覆蓋在上面的牙齦發炎；反覆發作是考慮拔除智齒的常見原因。',
        check: '口腔檢查與智齒X光',
      },
      ages: ['10-19', '20-29', '30-39', '40-49'],
      spans: ['acute', 'recent'],
      flags: [0, 2],
      care: [0, 3],
    },
    {
      en: {
        name: 'jaw clicking and pain',
        label: 'Jaw clicking and pain',
        titles: ['Jaw clicks when chewing', 'Sore jaw in the morning'],
        details: [
          'There is a click near the ear when opening the mouth.',
          'The jaw feels tired and sore in the morning.',
          'A family member has heard teeth grinding at night.',
          'Work has been stressful recently.',
        ],
        note: 'Jaw clicking and pain are often related to the jaw joint and chewing muscles, and clenching or grinding the teeth during stress or sleep is a frequent contributor; soft food, relaxation and a night guard often help.',
        check: 'an examination of the jaw joint and bite, and an X-ray if needed',
      },
      zh: {
        name: '下巴關節喀喀響',
        label: '張嘴下巴喀喀響',
        titles: ['咀嚼時下巴會響', '早上起來下巴痠'],
        details: [
          '張嘴時耳朵前面會喀一聲。',
          '早上起床下巴覺得痠痠累累的。',
          '家人說晚上聽到磨牙的聲音。',
          '最近工作壓力很大。',
        ],
        note: '下巴喀喀響又痠痛，常和顳顎關節及咀嚼肌有關，壓力大或睡覺時咬緊、磨牙都是常見的因素；吃軟一點的食物、放鬆肌肉和配戴夜間咬合板，常有幫助。',
        check: '顳顎關節與咬合檢查，必要時照X光',
      },
      ages: ['20-29', '30-39', '40-49', '50-59'],
      flags: [2],
      care: [],
    },
  ],
  en: {
    focus: 'tooth sensitivity, gum disease, wisdom teeth and jaw joint problems',
    visit: 'a dental clinic',
    selfCare: [
      'brush gently twice a day with a soft brush and fluoride toothpaste',
      'clean between the teeth daily with floss or interdental brushes',
      'avoid very hot, cold or sugary food and drinks for now',
      'rinse with warm salt water after meals',
    ],
    redFlags: [
      'the face or neck swells quickly, or a fever comes with difficulty swallowing or breathing',
      'bleeding after a tooth extraction does not stop with firm pressure',
      'the mouth cannot open properly and the swelling is spreading',
    ],
    faqs: [
      [
        'How often should I have a dental check and cleaning?',
        "Every six months is a common recommendation, and Taiwan's National Health Insurance covers a cleaning every six months. People with gum disease may need more frequent care.",
      ],
      [
        'Do all wisdom teeth need to come out?',
        'No. Wisdom teeth that are fully erupted, healthy and easy to clean can stay. Removal is considered for repeated infections, decay, gum disease or damage to neighboring teeth.',
      ],
    ],
  },
  zh: {
    focus: '牙齒敏感、牙周病、智齒與顳顎關節問題',
    visit: '牙科門診',
    selfCare: [
      '每天早晚用軟毛牙刷和含氟牙膏輕輕刷牙',
      '每天用牙線或牙間刷清潔牙縫',
      '暫時避免太燙、太冰或太甜的食物和飲料',
      '飯後用溫鹽水漱口',
    ],
    redFlags: [
      '臉或脖子快速腫起來，或發燒合併吞嚥、呼吸困難',
      '拔牙後出血，用力壓迫仍止不住',
      '嘴巴張不開且腫脹持續擴大',
    ],
    faqs: [
      [
        '多久要看一次牙醫、洗牙？',
        '一般建議每半年檢查一次，健保也給付每半年一次洗牙。有牙周病的人可能需要更密集的照護。',
      ],
      [
        '智齒一定要拔嗎？',
        '不一定。完全長出、健康又容易清潔的智齒可以保留。若反覆發炎、蛀牙、造成牙周病或影響隔壁的牙齒，才會考慮拔除。',
      ],
    ],
  },
};

export const dermatology: DepartmentContent = {
  slug: 'dermatology',
  weight: 1.2,
  topics: [
    {
      en: {
        name: 'an itchy rash',
        label: 'Itchy rash',
        titles: ['Itchy red patches', 'Skin itches at night'],
        details: [
          'There are dry, red, itchy patches on the inner elbows and behind the knees.',
          'The itch is worse at night and after hot showers.',
          'Scratching has left some areas thickened.',
          'There is a history of hay fever.',
        ],
        note: 'Itchy, dry, red patches in skin folds are common with eczema (atopic dermatitis) and other kinds of dermatitis; gentle skin care, moisturizers and avoiding triggers help, and prescription treatments can control flare-ups.',
        check: 'an examination of the skin, with allergy patch tests if needed',
      },
      zh: {
        name: '皮膚癢疹',
        label: '皮膚紅疹很癢',
        titles: ['皮膚一塊一塊紅紅癢癢', '晚上皮膚癢到睡不著'],
        details: [
          '手肘內側和膝蓋後面有乾乾紅紅、很癢的一塊一塊。',
          '晚上和洗完熱水澡後特別癢。',
          '抓久了有些地方皮膚變厚。',
          '本身有過敏性鼻炎。',
        ],
        note: '皮膚皺褶處出現乾、紅、癢的斑塊，常見於異位性皮膚炎等各類皮膚炎；溫和的清潔保養、擦保濕劑與避開誘發因素很有幫助，處方藥物也能控制發作。',
        check: '皮膚理學檢查，必要時安排過敏貼布測試',
      },
      flags: [0, 2],
      care: [0, 1, 2],
    },
    {
      en: {
        name: 'acne breakouts',
        label: 'Acne breakouts',
        titles: ['Acne not getting better', 'Painful pimples along the jaw'],
        details: [
          'Red bumps and whiteheads keep appearing on the cheeks and along the jaw.',
          'Some are deep and painful.',
          'Over-the-counter acne washes have not helped much.',
          'Dark marks remain after the pimples heal.',
        ],
        note: 'Acne is very common and is influenced by hormones, oil production and skin bacteria; a dermatologist can choose creams or oral medicines based on the type and severity, and early treatment helps prevent scars.',
        check: 'an examination of the skin and a treatment plan suited to the type of acne',
      },
      zh: {
        name: '痘痘',
        label: '長痘痘',
        titles: ['痘痘一直好不了', '下巴長很痛的痘痘'],
        details: [
          '臉頰和下巴一直冒出紅色痘痘和白頭粉刺。',
          '有些長得很深，壓了會痛。',
          '用市售的抗痘洗面乳沒什麼改善。',
          '痘痘好了之後留下暗沉的痘疤。',
        ],
        note: '痘痘非常常見，受到荷爾蒙、皮脂分泌與皮膚細菌影響；皮膚科醫師可以依痘痘的類型與嚴重度選擇外用或口服藥物，及早治療也有助於預防留下疤痕。',
        check: '皮膚檢查，並依痘痘類型擬定治療計畫',
      },
      ages: ['10-19', '20-29', '30-39'],
      spans: ['chronic'],
      flags: [2],
      care: [0, 3],
    },
    {
      en: {
        name: 'a mole that has changed',
        label: 'Changing mole',
        titles: ['Mole getting bigger', 'Mole changing shape'],
        details: [
          'The mole on the back looks larger than it did last year.',
          'The edge has become uneven, and it has two shades of brown.',
          'It occasionally itches.',
          'It has not bled.',
        ],
        note: 'Most moles are harmless, but a mole that changes in size, shape or color, has an irregular border or bleeds should be examined, because skin cancers are much easier to treat when found early.',
        check: 'an examination with a dermatoscope, and a biopsy if needed',
      },
      zh: {
        name: '痣變大',
        label: '痣的形狀改變',
        titles: ['痣好像變大了', '痣的顏色變得不均勻'],
        details: [
          '背上的痣看起來比去年大。',
          '邊緣變得不規則，有兩種深淺的褐色。',
          '偶爾會癢。',
          '沒有流血。',
        ],
        note: '大多數的痣都是良性的，但大小、形狀或顏色改變、邊緣不規則或會流血的痣，應該接受檢查，因為皮膚癌越早發現越容易治療。',
        check: '皮膚鏡檢查，必要時做切片',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79'],
      spans: ['chronic'],
      flags: [],
      care: [3],
    },
    {
      en: {
        name: 'hair loss',
        label: 'Hair loss',
        titles: ['Losing a lot of hair', 'Hair thinning on top'],
        details: [
          'Much more hair than usual is left on the pillow and in the shower drain.',
          'The parting looks wider than before.',
          'There was a high fever a few months before it started.',
          'The scalp is not itchy or red.',
        ],
        note: 'Hair loss has many causes, including stress or illness a few months earlier, thyroid problems, iron deficiency and hereditary thinning; the pattern of the loss and a few blood tests usually point to the cause and the treatment options.',
        check:
          'an examination of the scalp and hair, with blood tests for iron and thyroid function if needed',
      },
      zh: {
        name: '掉髮',
        label: '掉髮',
        titles: ['最近掉很多頭髮', '頭頂頭髮變稀'],
        details: [
          '枕頭上和浴室排水孔的頭髮比平常多很多。',
          '分線看起來比以前寬。',
          '開始掉髮的幾個月前發過一次高燒。',
          '頭皮不會癢，也沒有紅。',
        ],
        note: '掉髮的原因很多，包括幾個月前的壓力或疾病、甲狀腺問題、缺鐵及遺傳性的雄性禿；依掉髮的型態加上幾項抽血，通常就能找出原因與治療方向。',
        check: '頭皮與頭髮檢查，必要時抽血檢查鐵質與甲狀腺功能',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69'],
      flags: [],
      care: [],
    },
  ],
  en: {
    focus: 'eczema, acne, skin cancer screening and hair loss',
    selfCare: [
      'use a gentle, fragrance-free cleanser and moisturize right after bathing',
      'take lukewarm rather than hot showers',
      'avoid scratching and keep the nails short',
      'use sunscreen and protect the skin from strong sun',
    ],
    redFlags: [
      'a rash spreads quickly with a fever, blisters or peeling skin',
      'the lips or eyes swell, or breathing becomes difficult',
      'a red, hot, painful area of skin spreads quickly',
    ],
    faqs: [
      [
        'Should I squeeze my pimples?',
        'It is best not to. Squeezing can push inflammation deeper, cause infection and leave scars or dark marks. Ask a dermatologist about treatment if acne is bothering you.',
      ],
      [
        'How do I check my moles?',
        'Look for the ABCDEs: Asymmetry, irregular Borders, more than one Color, a Diameter over about 6 mm, and Evolving (changing). See a dermatologist if a mole shows any of these.',
      ],
      [
        'Which sunscreen should I use?',
        'A broad-spectrum sunscreen of SPF 30 or higher, applied generously and reapplied every two hours outdoors and after swimming or sweating.',
      ],
    ],
  },
  zh: {
    focus: '濕疹、痘痘、皮膚癌篩檢與掉髮',
    selfCare: [
      '使用溫和、無香料的清潔用品，洗完澡馬上擦保濕',
      '用溫水洗澡，不要太燙',
      '避免抓癢，指甲剪短',
      '擦防曬並避免強烈日曬',
    ],
    redFlags: [
      '疹子快速擴散並合併發燒、水泡或脫皮',
      '嘴唇或眼睛腫起來，或呼吸困難',
      '皮膚紅、熱、痛的範圍快速擴大',
    ],
    faqs: [
      [
        '痘痘可以自己擠嗎？',
        '最好不要。擠壓可能讓發炎更深、造成感染，並留下疤痕或色素沉澱。若痘痘困擾您，可以請皮膚科醫師評估治療。',
      ],
      [
        '怎麼自我檢查痣？',
        '可以用「ABCDE」來觀察：不對稱、邊緣不規則、顏色不只一種、直徑大於約6毫米，以及持續變化。有任何一項，建議到皮膚科檢查。',
      ],
      ['防曬乳要怎麼選？', '選擇廣效、SPF30以上的防曬乳，擦足夠的量，在戶外每兩小時或游泳、流汗後補擦。'],
    ],
  },
};
