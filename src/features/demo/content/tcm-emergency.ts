/** Demo content: Chinese Medicine and Emergency Medicine. General, non-diagnostic wording. */
import type { DepartmentContent } from '../demo-types.ts';

export const chineseMedicine: DepartmentContent = {
  slug: 'chinese-medicine',
  topics: [
    {
      en: {
        name: 'cold hands and feet',
        label: 'Always cold hands and feet',
        titles: ['Hands and feet always cold', 'Cold feet even in summer'],
        details: [
          'The hands and feet stay cold even in an air-conditioned office in summer.',
          'Sitting still for long periods makes it worse.',
          'It is hard to fall asleep when the feet are cold.',
          'There is a tendency to feel tired and look pale.',
        ],
        note: 'Cold hands and feet are common and can relate to circulation, low activity, low body weight, anemia or thyroid function; Chinese medicine often describes this as a cold or weak-circulation pattern and tailors treatment after an assessment, ideally alongside basic blood tests.',
        check:
          'a Chinese medicine assessment including tongue and pulse examination, and basic blood tests if none have been done recently',
      },
      zh: {
        name: '手腳冰冷',
        label: '手腳冰冷',
        titles: ['手腳一年四季都很冰', '夏天腳也冰冰的'],
        details: [
          '夏天在冷氣房裡，手腳還是冰冰的。',
          '久坐不動的時候更明顯。',
          '腳冰的時候很難入睡。',
          '容易疲倦，臉色也比較蒼白。',
        ],
        note: '手腳冰冷很常見，可能與循環、活動量少、體重過輕、貧血或甲狀腺功能有關；中醫常將其歸為虛寒或氣血循環不佳的體質，會在診察後依個人狀況調理，最好同時做基本的抽血檢查。',
        check: '中醫四診（包括望舌、把脈）評估，若近期沒有抽血，也建議做基本檢查',
      },
      spans: ['chronic'],
      flags: [0],
      care: [0],
    },
    {
      en: {
        name: 'a poor appetite and bloating after meals',
        label: 'Poor appetite and bloating after meals',
        titles: ['Poor digestion and bloating', 'Full quickly and sleepy after eating'],
        details: [
          'A small meal is enough to feel full and bloated.',
          'Stools are often soft.',
          'There is sleepiness after lunch.',
          'Cold drinks and raw salads seem to make it worse.',
        ],
        note: 'Bloating and soft stools can have many causes, and conditions that need specific treatment should be ruled out first; Chinese medicine often sees this pattern as weak digestive function and may combine dietary advice with treatment tailored after an assessment.',
        check:
          'a Chinese medicine assessment, with referral for stomach or bowel tests if there are warning signs',
      },
      zh: {
        name: '胃口差、飯後脹氣',
        label: '胃口差、吃飽就脹',
        titles: ['消化不好又脹氣', '吃一點就飽、飯後想睡'],
        details: [
          '吃一點點就覺得飽脹。',
          '大便常常偏軟。',
          '吃完午餐就很想睡。',
          '喝冰飲或吃生菜沙拉好像會更嚴重。',
        ],
        note: '脹氣和軟便的原因很多，應該先排除需要特別治療的疾病；中醫常把這類情形歸為脾胃功能較弱，會在診察後搭配飲食建議與個人化的調理。',
        check: '中醫診察評估，若有警訊則轉介腸胃科檢查',
      },
      flags: [1],
      care: [1, 2],
    },
    {
      en: {
        name: 'acupuncture',
        label: 'Acupuncture for neck pain',
        titles: ['Can acupuncture help neck pain?', 'Thinking about acupuncture'],
        intro: [
          '{subj} {have} had neck pain on and off for years, and I would like to know whether {name} might help.',
        ],
        details: [
          'Physiotherapy helped somewhat in the past.',
          'There is a fear of needles.',
          'Blood-thinning medicine is taken every day.',
          'It is unclear how many sessions are usually needed.',
        ],
        note: 'Acupuncture can ease some kinds of long-lasting muscle and joint pain for some people and is generally safe in trained hands; anyone taking blood thinners, pregnant or with a bleeding problem should say so, and it works best alongside exercise.',
        check:
          'an assessment of the pain, a review of medicines and a discussion of whether acupuncture is suitable',
      },
      zh: {
        name: '針灸',
        label: '肩頸痛與針灸',
        titles: ['針灸對肩頸痛有用嗎', '想試試針灸'],
        intro: ['{我}肩頸痛反覆好幾年了，想知道{name}有沒有幫助。'],
        details: ['以前做過復健，有改善一些。', '很怕針。', '每天都有吃抗凝血藥。', '不知道通常要做幾次。'],
        note: '針灸對某些慢性肌肉與關節疼痛，能幫助部分人緩解，由受過訓練的醫師施作一般是安全的；有服用抗凝血藥、懷孕或有出血問題的人要事先告知，搭配運動效果會更好。',
        check: '評估疼痛狀況、檢視目前用藥，並討論是否適合針灸',
      },
      ages: ['30-39', '40-49', '50-59', '60-69', '70-79'],
      flags: [],
      care: [3],
      concern: true,
    },
    {
      en: {
        name: 'taking Chinese herbal medicine with regular medicines',
        label: 'Chinese herbs with regular medicines',
        titles: ['Herbs and blood pressure pills together?', 'Mixing herbal tonic and diabetes medicine'],
        intro: [
          '{subj} take{s} medicine for blood pressure and diabetes, and I would like to ask about {name}.',
        ],
        details: [
          'A relative recommended a herbal tonic for energy.',
          'The regular medicines are taken every morning.',
          'It is unclear how long to wait between the two.',
          'The shop selling the herbs could not say whether they interact.',
        ],
        note: 'Some herbs can interact with medicines such as blood thinners and diabetes or blood pressure medicines, so both the Chinese medicine doctor and the prescribing doctor should know everything being taken, and herbal products should come from licensed sources.',
        check: 'a review of all current medicines and supplements and an individual plan',
      },
      zh: {
        name: '中藥與西藥一起吃',
        label: '中藥與西藥併用',
        titles: ['中藥和降血壓藥能一起吃嗎', '補藥和糖尿病藥一起吃'],
        intro: ['{我}有在吃高血壓和糖尿病的藥，想請教{name}的問題。'],
        details: [
          '親戚推薦一種補氣的中藥。',
          '西藥都是每天早上吃。',
          '不知道兩種藥要間隔多久。',
          '賣中藥的店家也說不清楚會不會互相影響。',
        ],
        note: '部分中藥可能和抗凝血藥、糖尿病藥、降血壓藥等產生交互作用，因此中醫師和開西藥的醫師都應該知道正在使用的所有藥物，中藥也應該來自合格的來源。',
        check: '檢視目前所有的藥物與保健食品，並擬定個人化的建議',
      },
      ages: ['40-49', '50-59', '60-69', '70-79', '80-89'],
      flags: [2],
      care: [3],
      concern: true,
    },
  ],
  en: {
    focus: 'acupuncture for pain, digestive complaints and constitution-based care',
    selfCare: [
      'keep warm, especially the feet and lower abdomen',
      'eat warm, cooked meals at regular times and limit cold drinks',
      'take a gentle walk after meals',
      'write a list of all medicines and supplements to bring along',
    ],
    redFlags: [
      'there is chest pain, severe breathlessness or fainting',
      'there is black or bloody stool, or vomiting of blood',
      'a rash, swelling or difficulty breathing appears after taking a herbal product',
    ],
    faqs: [
      [
        'Can I use Chinese medicine and Western medicine together?',
        'Often yes, but tell both doctors about everything you take, because some herbs interact with medicines such as blood thinners. Do not stop prescribed medicines without talking to the doctor who prescribed them.',
      ],
      [
        'Is acupuncture covered by National Health Insurance?',
        "Acupuncture and many Chinese medicine treatments at licensed clinics are covered by Taiwan's National Health Insurance, although some items may be self-paid. Ask the clinic when booking.",
      ],
    ],
  },
  zh: {
    focus: '針灸止痛、腸胃調理與體質調養',
    selfCare: [
      '注意保暖，尤其是腳部與下腹部',
      '定時吃溫熱、煮熟的食物，減少冰飲',
      '飯後散步一下',
      '整理一份所有藥物與保健食品的清單，看診時帶去',
    ],
    redFlags: ['出現胸痛、嚴重喘或昏倒', '解黑便、血便或吐血', '服用中藥後出現疹子、腫脹或呼吸困難'],
    faqs: [
      [
        '中藥和西藥可以一起使用嗎？',
        '很多情況可以，但請讓兩邊的醫師都知道您使用的所有藥物，因為部分中藥可能和抗凝血藥等產生交互作用。請勿自行停用醫師開立的西藥。',
      ],
      [
        '針灸有健保給付嗎？',
        '在合格的中醫院所，針灸與許多中醫治療都有健保給付，但部分項目可能需要自費，掛號時可以先詢問。',
      ],
    ],
  },
};

export const emergencyMedicine: DepartmentContent = {
  slug: 'emergency-medicine',
  weight: 0.9,
  topics: [
    {
      en: {
        name: 'vomiting and diarrhea after eating out',
        label: 'Vomiting and diarrhea after a meal out',
        intro: ['{subj} started vomiting and having diarrhea {ago}, a few hours after eating out.'],
        titles: ['Food poisoning after a buffet?', 'Sick after eating out'],
        details: [
          'The symptoms began a few hours after a buffet dinner.',
          'Several friends who ate the same food are also unwell.',
          'Fluids are staying down in small sips.',
          'There is cramping pain but no blood in the stool.',
        ],
        note: 'Vomiting and diarrhea a few hours after a shared meal often come from food poisoning and usually settle within one to three days; the main danger is dehydration, especially in children and older adults.',
        check: 'an assessment of hydration, with fluids or tests if needed',
      },
      zh: {
        name: '外食後上吐下瀉',
        label: '吃完外食上吐下瀉',
        intro: ['{我}{ago}外食之後開始上吐下瀉。'],
        titles: ['吃完吃到飽就上吐下瀉', '外食後腸胃不舒服'],
        details: [
          '吃完吃到飽晚餐幾個小時後開始不舒服。',
          '一起吃的幾個朋友也都不舒服。',
          '小口喝水還喝得下。',
          '肚子一陣一陣絞痛，但大便沒有血。',
        ],
        note: '一起用餐後幾個小時內出現上吐下瀉，常見原因是食物中毒，通常一到三天內會好轉；最主要的危險是脫水，兒童和長者尤其要注意。',
        check: '評估脫水程度，必要時打點滴或安排檢驗',
      },
      spans: ['acute'],
      flags: [2],
      care: [0, 3],
    },
    {
      en: {
        name: 'a deep cut on a finger',
        label: 'Deep cut on a finger',
        intro: ['{subj} cut a finger with a kitchen knife {ago}.'],
        titles: ['Cut a finger while cooking', 'Does this cut need stitches?'],
        details: [
          'A kitchen knife slipped while slicing vegetables.',
          'The cut is about 1.5 centimeters long and gapes open a little.',
          'The bleeding stopped after ten minutes of pressure.',
          'The last tetanus shot was more than ten years ago.',
        ],
        note: 'Cuts that gape, are deep or are on the hands often heal better with stitches or wound strips, ideally within several hours; a tetanus booster is usually recommended if the last one was more than five to ten years ago, and finger movement and feeling should be checked.',
        check:
          'cleaning and closing the wound, a check of tendons and nerves, and a tetanus booster if needed',
      },
      zh: {
        name: '手指割傷',
        label: '手指割傷很深',
        intro: ['{我}{ago}切菜時割到手指。'],
        titles: ['切菜割到手指', '割傷需要縫嗎'],
        details: [
          '切菜的時候菜刀滑掉。',
          '傷口大約1.5公分，有點裂開。',
          '壓了十分鐘才止血。',
          '上一次打破傷風疫苗是十幾年前。',
        ],
        note: '傷口裂開、很深或在手部，通常縫合或用免縫膠帶處理會癒合得比較好，最好在幾個小時內處理；距離上次打破傷風疫苗超過五到十年，通常建議追加，也需要檢查手指的活動與感覺。',
        check: '清潔並縫合傷口、檢查肌腱與神經，必要時追加破傷風疫苗',
      },
      spans: ['acute'],
      flags: [],
      care: [2],
    },
    {
      en: {
        name: 'dizziness and nausea after working in the heat',
        label: 'Dizziness after working in the heat',
        intro: ['{subj} felt dizzy and sick {ago} after working outdoors in the heat.'],
        titles: ['Felt faint after working outdoors', 'Heat exhaustion?'],
        details: [
          'It happened after several hours of outdoor work in the afternoon sun.',
          'There was heavy sweating, a headache and muscle cramps.',
          'Resting in the shade and drinking water helped a little.',
          'There is still a headache and tiredness.',
        ],
        note: 'Dizziness, heavy sweating, nausea and cramps after time in the heat are common signs of heat exhaustion, which usually improves with rest, cooling and fluids; confusion, a very high temperature or no longer sweating can signal heat stroke, which is an emergency.',
        check: 'checks of temperature, blood pressure and hydration, and blood tests if needed',
      },
      zh: {
        name: '大太陽下工作後頭暈噁心',
        label: '熱天工作後頭暈',
        intro: ['{我}{ago}在大太陽下工作後，開始頭暈、想吐。'],
        titles: ['在戶外工作後差點昏倒', '是不是熱衰竭'],
        details: [
          '是在下午大太陽底下工作好幾個小時之後發生的。',
          '流很多汗、頭痛，還有抽筋。',
          '在陰涼處休息並喝水後有好一點。',
          '現在還是頭痛又很累。',
        ],
        note: '在高溫下出現頭暈、大量流汗、噁心和抽筋，常是熱衰竭的表現，通常休息、降溫與補充水分後會改善；若意識混亂、體溫非常高或停止流汗，可能是中暑，屬於緊急狀況。',
        check: '測量體溫、血壓並評估脫水程度，必要時抽血',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79'],
      spans: ['acute'],
      flags: [1],
      care: [0, 1],
    },
    {
      en: {
        name: 'itchy welts and swollen eyes after eating shrimp',
        label: 'Allergic reaction after eating seafood',
        intro: ['{subj} broke out in itchy welts, with puffy eyes, {ago} after eating shrimp.'],
        titles: ['Swollen eyes after eating shrimp', 'Hives after seafood'],
        details: [
          'Itchy welts appeared on the body about 30 minutes after eating shrimp.',
          'The eyelids are puffy.',
          'There is no difficulty breathing or swallowing.',
          'An antihistamine from home has helped a little.',
        ],
        note: 'Itchy welts and swelling soon after eating a food can be an allergic reaction; most are mild, but reactions can get worse, and any difficulty breathing, throat tightness, dizziness or vomiting needs emergency care immediately.',
        check: 'an assessment of the reaction and, later, allergy tests and advice on avoiding the trigger',
      },
      zh: {
        name: '吃蝦後起疹子、眼皮腫',
        label: '吃海鮮後過敏',
        intro: ['{我}{ago}吃了蝦子之後開始起疹子，眼皮也腫起來。'],
        titles: ['吃蝦後眼睛腫起來', '吃海鮮後全身起疹子'],
        details: [
          '吃蝦大約30分鐘後，身上開始冒出很癢的膨疹。',
          '眼皮腫腫的。',
          '沒有呼吸或吞嚥困難。',
          '吃了家裡的抗組織胺，有好一點。',
        ],
        note: '吃完某種食物後不久出現癢疹和腫脹，可能是過敏反應；大多輕微，但也可能惡化，只要出現呼吸困難、喉嚨緊、頭暈或嘔吐，都要立即急診處理。',
        check: '評估過敏反應的程度，之後再安排過敏檢查，並說明如何避開過敏原',
      },
      spans: ['acute'],
      flags: [0],
      care: [3],
    },
  ],
  en: {
    focus: 'acute illness and injury, poisoning and first aid',
    visit: 'an emergency department (or, for milder symptoms, a family medicine clinic)',
    selfCare: [
      'drink oral rehydration solution or water in small, frequent sips',
      'rest in a cool place',
      'keep any wound clean and covered',
      'note the time the symptoms began and anything eaten or taken beforehand',
    ],
    redFlags: [
      'there is difficulty breathing, throat tightness or fainting',
      'there is confusion, a very high temperature or no sweating despite the heat',
      'no urine is passed for more than eight hours, or there is blood in the vomit or stool',
    ],
    faqs: [
      [
        'When should I go to the emergency department rather than a clinic?',
        'Go to the emergency department for chest pain, difficulty breathing, signs of a stroke, heavy bleeding, serious injuries, confusion or severe allergic reactions. For mild fevers, colds and minor problems, a clinic is usually faster and more suitable.',
      ],
      [
        'How does triage work in the emergency department?',
        'Patients are seen in order of urgency, not arrival. A nurse assesses everyone on arrival, so someone who arrives later with a more serious problem may be seen first.',
      ],
      [
        'What number do I call for an ambulance in Taiwan?',
        'Call 119. Stay calm, give the address and describe what happened; the dispatcher can guide first aid until help arrives.',
      ],
    ],
  },
  zh: {
    focus: '急症與外傷、中毒與急救',
    visit: '急診（症狀較輕時也可以先到家醫科門診）',
    selfCare: [
      '少量多次補充口服電解質液或水',
      '在涼爽的地方休息',
      '保持傷口清潔並覆蓋',
      '記下症狀開始的時間，以及之前吃過或服用過的東西',
    ],
    redFlags: [
      '出現呼吸困難、喉嚨緊縮或昏倒',
      '意識混亂、體溫非常高，或在高溫下卻不再流汗',
      '超過八小時沒有尿，或吐出、解出血來',
    ],
    faqs: [
      [
        '什麼情況該去急診，而不是診所？',
        '胸痛、呼吸困難、疑似中風、大量出血、嚴重外傷、意識混亂或嚴重過敏時，請到急診。輕微發燒、感冒等小問題，到診所通常更快也更合適。',
      ],
      [
        '急診的檢傷分類是什麼？',
        '急診依病情的緊急程度看診，而不是依到院的順序。護理師會先為每位病人檢傷評估，所以較晚到但病情較嚴重的人可能會先看診。',
      ],
      [
        '在台灣叫救護車要打幾號？',
        '撥打119。請保持冷靜，說清楚地址和發生了什麼事，派遣員可以在救護人員抵達前指導急救。',
      ],
    ],
  },
};
