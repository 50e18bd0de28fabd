/**
 * MOSS measure titles in Arabic, Spanish, Russian and Chinese, by code (English and French stand
 * beside each measure in `moss-catalogue.ts`). A catalogue code without its four titles here
 * stops the catalogue from loading.
 */
export const MOSS_TITLES: Readonly<
  Record<string, { ar: string; es: string; ru: string; zh: string }>
> = {
  'TEL-01': {
    ar: 'جهاز لاسلكي محمول VHF/UHF لكل موظف دولي',
    es: 'Radio portátil VHF/UHF entregada a cada funcionario de contratación internacional',
    ru: 'Портативная радиостанция УКВ/ДМВ у каждого международного сотрудника',
    zh: '向每名国际工作人员配发手持式 VHF/UHF 无线电',
  },
  'TEL-02': {
    ar: 'جهاز لاسلكي محمول VHF/UHF لكل سائق',
    es: 'Radio portátil VHF/UHF entregada a cada conductor',
    ru: 'Портативная радиостанция УКВ/ДМВ у каждого водителя',
    zh: '向每名司机配发手持式 VHF/UHF 无线电',
  },
  'TEL-03': {
    ar: 'جهاز لاسلكي محمول VHF/UHF لكل مراقب',
    es: 'Radio portátil VHF/UHF entregada a cada coordinador de zona',
    ru: 'Портативная радиостанция УКВ/ДМВ у каждого старшего по участку',
    zh: '向每名区长配发手持式 VHF/UHF 无线电',
  },
  'TEL-04': {
    ar: 'جهاز لاسلكي محمول VHF/UHF للموظفين الوطنيين الذين تُعدّ مهامهم أساسية',
    es: 'Radio portátil VHF/UHF entregada al personal nacional considerado esencial',
    ru: 'Портативные радиостанции УКВ/ДМВ у национального персонала, признанного необходимым',
    zh: '向被视为关键人员的本国工作人员配发手持式 VHF/UHF 无线电',
  },
  'TEL-05': {
    ar: 'إجراء فحوص الاتصال اللاسلكي الروتينية وتسجيلها',
    es: 'Comprobaciones de radio periódicas realizadas y registradas',
    ru: 'Плановые проверки радиосвязи проводятся и регистрируются',
    zh: '定期进行并记录无线电检查',
  },
  'TEL-06': {
    ar: 'غرفة اتصالات لاسلكية تراقب الشبكة الأمنية على مدار الساعة',
    es: 'Sala de radio que vigila la red de seguridad las 24 horas',
    ru: 'Радиоузел, круглосуточно контролирующий сеть безопасности',
    zh: '无线电室全天候监控安保通信网',
  },
  'TEL-07': {
    ar: 'جهاز لاسلكي HF أو هاتف ساتلي للاتصال خارج مدى VHF',
    es: 'Radio HF o teléfono satelital para comunicarse fuera del alcance de VHF',
    ru: 'КВ-радиостанция или спутниковый телефон для связи за пределами дальности УКВ',
    zh: '配备 HF 无线电或卫星电话，用于超出 VHF 范围的通信',
  },
  'TEL-08': {
    ar: 'جهاز لاسلكي مركّب في كل مركبة ميدانية',
    es: 'Radio instalada en cada vehículo sobre el terreno',
    ru: 'Радиостанция в каждом полевом автомобиле',
    zh: '每辆外勤车辆安装无线电',
  },
  'TEL-09': {
    ar: 'قائمة رموز النداء وشجرة اتصالات الطوارئ محدَّثتان',
    es: 'Lista de indicativos y árbol de comunicaciones de emergencia actualizados',
    ru: 'Актуальные список позывных и схема экстренного оповещения',
    zh: '呼号表和紧急通信树保持最新',
  },
  'MED-01': {
    ar: 'حقيبة إسعافات أولية في المبنى، مجهزة وغير منتهية الصلاحية',
    es: 'Botiquín de primeros auxilios en las instalaciones, completo y vigente',
    ru: 'Аптечка первой помощи в помещении, укомплектованная и с непросроченным содержимым',
    zh: '场所内备有急救箱，物品齐全且在有效期内',
  },
  'MED-02': {
    ar: 'حقيبة إسعاف للإصابات الطارئة متوفرة في المبنى',
    es: 'Bolsa de traumatología de emergencia disponible en las instalaciones',
    ru: 'Травматологическая укладка для экстренной помощи в помещении',
    zh: '场所内备有紧急创伤包',
  },
  'MED-03': {
    ar: 'موظفون مدرَّبون على استعمال حقيبة الإصابات الطارئة وتقديم الإسعافات الأولية',
    es: 'Personal capacitado para usar la bolsa de traumatología y prestar primeros auxilios',
    ru: 'Персонал обучен пользоваться травматологической укладкой и оказывать первую помощь',
    zh: '人员受过使用紧急创伤包和实施急救的培训',
  },
  'MED-04': {
    ar: 'خطة للإجلاء الطبي وإجلاء المصابين بجهات اتصال محدَّثة',
    es: 'Plan de evacuación médica y de heridos con contactos actualizados',
    ru: 'План медицинской эвакуации и эвакуации пострадавших с актуальными контактами',
    zh: '医疗后送和伤员后送计划，联系方式为最新',
  },
  'MED-05': {
    ar: 'قائمة بالمرافق الطبية المعتمدة وجهات الاتصال الطبية في حالات الطوارئ',
    es: 'Lista de centros médicos aprobados y contactos médicos de emergencia',
    ru: 'Перечень утверждённых медицинских учреждений и экстренных медицинских контактов',
    zh: '经核准的医疗机构和紧急医疗联系人名单',
  },
  'VEH-01': {
    ar: 'حقيبة إسعافات أولية أساسية في كل مركبة',
    es: 'Botiquín básico de primeros auxilios en cada vehículo',
    ru: 'Базовая аптечка первой помощи в каждом автомобиле',
    zh: '每辆车配备基本急救箱',
  },
  'VEH-02': {
    ar: 'سائقون مدرَّبون على استعمال حقيبة الإسعافات الأولية في المركبة',
    es: 'Conductores capacitados para usar el botiquín del vehículo',
    ru: 'Водители обучены пользоваться автомобильной аптечкой',
    zh: '司机受过使用车载急救箱的培训',
  },
  'VEH-03': {
    ar: 'إطار احتياطي صالح في كل مركبة، ولا إطارات بالية',
    es: 'Rueda de repuesto en buen estado en cada vehículo y ningún neumático desgastado',
    ru: 'Исправное запасное колесо в каждом автомобиле, изношенных шин нет',
    zh: '每辆车配备可用备胎，且无磨损轮胎',
  },
  'VEH-04': {
    ar: 'إطار احتياطي ثانٍ أو عدة لسدّ ثقوب الإطارات في المركبات الميدانية الثقيلة',
    es: 'Segunda rueda de repuesto o kit sellador en los vehículos pesados sobre el terreno',
    ru: 'Второе запасное колесо или герметик для шин в тяжёлых полевых автомобилях',
    zh: '重型外勤车辆配备第二个备胎或补胎密封套件',
  },
  'VEH-05': {
    ar: 'معدات سحب (حبل قطر أو سلاسل) في كل مركبة',
    es: 'Equipo de rescate (cuerda de remolque o cadenas) en cada vehículo',
    ru: 'Средства эвакуации (буксировочный трос или цепи) в каждом автомобиле',
    zh: '每辆车配备救援装备（拖绳或防滑链）',
  },
  'VEH-06': {
    ar: 'أحزمة أمان مركّبة في كل مقعد ويستعملها جميع الركاب',
    es: 'Cinturones de seguridad en todos los asientos y usados por todos los ocupantes',
    ru: 'Ремни безопасности на каждом сиденье, ими пользуются все пассажиры',
    zh: '每个座位均安装安全带，所有乘员均系好安全带',
  },
  'VEH-07': {
    ar: 'صيانة المركبات في مواعيدها مع سجلات للصيانة',
    es: 'Mantenimiento de los vehículos según calendario, con registros de mantenimiento',
    ru: 'Плановое техническое обслуживание автомобилей с записями об обслуживании',
    zh: '车辆按计划保养，并有保养记录',
  },
  'PRE-01': {
    ar: 'مراقبة الدخول عند كل مدخل: حراس وفحص للزوار وتحقق من الهوية',
    es: 'Control de acceso en cada entrada: guardias, control de visitantes e identificación',
    ru: 'Контроль доступа на каждом входе: охрана, проверка посетителей и удостоверение личности',
    zh: '每个入口实行出入管制：警卫、访客检查和身份识别',
  },
  'PRE-02': {
    ar: 'حماية محيطية سليمة: جدران أو أسوار وبوابات بلا ثغرات',
    es: 'Protección perimetral intacta: muros o vallas y puertas sin brechas',
    ru: 'Периметр не нарушен: стены или ограждения и ворота без проломов',
    zh: '周界防护完好：围墙或围栏及大门无缺口',
  },
  'PRE-03': {
    ar: 'وضع خطة للطوارئ والإخلاء في المبنى',
    es: 'Plan de emergencia y evacuación del edificio establecido',
    ru: 'Разработан план действий в чрезвычайных ситуациях и эвакуации из здания',
    zh: '已制定建筑物应急和疏散计划',
  },
  'PRE-04': {
    ar: 'اختبار خطة الطوارئ والإخلاء في المبنى بتمرين مرة كل ستة أشهر على الأقل',
    es: 'Plan de emergencia y evacuación del edificio puesto a prueba con un simulacro al menos cada seis meses',
    ru: 'План действий в чрезвычайных ситуациях и эвакуации из здания проверяется учениями не реже раза в шесть месяцев',
    zh: '建筑物应急和疏散计划至少每六个月通过演练检验一次',
  },
  'PRE-05': {
    ar: 'خطة النقل والإجلاء لمركز العمل',
    es: 'Plan de reubicación y evacuación del lugar de destino',
    ru: 'План перемещения и эвакуации для места службы',
    zh: '工作地点的转移和撤离计划',
  },
  'PRE-06': {
    ar: 'أجهزة كشف الحرائق وطفايات الحريق موجودة ومصانة',
    es: 'Detección de incendios y extintores instalados y revisados',
    ru: 'Пожарная сигнализация и огнетушители на месте и обслуживаются',
    zh: '火灾探测装置和灭火器到位并经检修',
  },
  'PRE-07': {
    ar: 'صيانة معدات السلامة والأمن واختبارها',
    es: 'Equipo de seguridad mantenido y sometido a pruebas',
    ru: 'Оборудование безопасности обслуживается и проверяется',
    zh: '安全和安保设备得到维护和测试',
  },
  'PRE-08': {
    ar: 'حماية إنشائية (جدران مضادة للانفجار أو غرفة آمنة أو ملجأ) بناءً على مشورة خبير مؤهل',
    es: 'Protección estructural (muros antiexplosión, habitación segura o búnker) según el asesoramiento de un experto cualificado',
    ru: 'Конструктивная защита (противовзрывные стены, защищённое помещение или убежище) по заключению квалифицированного специалиста',
    zh: '根据合格专家意见设置结构防护（防爆墙、安全室或掩体）',
  },
  'PRE-09': {
    ar: 'أنظمة مراقبة وأنظمة إلكترونية للتحكم في الدخول',
    es: 'Sistemas de vigilancia y de control electrónico de acceso',
    ru: 'Системы видеонаблюдения и электронного контроля доступа',
    zh: '监控和电子门禁系统',
  },
  'TRN-01': {
    ar: 'إتمام جميع الموظفين دورة الأمن الأساسي في الميدان (BSITF) وتجديدها كل ثلاث سنوات',
    es: 'Curso de Seguridad Básica sobre el Terreno (BSITF) completado por todo el personal y renovado cada tres años',
    ru: 'Курс «Основы безопасности на местах» (BSITF) пройден всем персоналом и обновляется каждые три года',
    zh: '全体人员完成“外地基本安全”（BSITF）培训，每三年更新一次',
  },
  'TRN-02': {
    ar: 'إتمام الموظفين في المواقع الميدانية دورة الأمن المتقدم في الميدان (ASITF)',
    es: 'Curso de Seguridad Avanzada sobre el Terreno (ASITF) completado por el personal en lugares sobre el terreno',
    ru: 'Курс «Повышенная безопасность на местах» (ASITF) пройден персоналом в местах службы на местах',
    zh: '外地地点人员完成“外地高级安全”（ASITF）培训',
  },
  'TRN-03': {
    ar: 'إحاطة أمنية عند الوصول لجميع الموظفين والزوار، يوقّعها الشخص الذي تلقّاها',
    es: 'Sesión informativa de seguridad a la llegada para todo el personal y los visitantes, firmada por la persona informada',
    ru: 'Инструктаж по безопасности по прибытии для всего персонала и посетителей с подписью проинструктированного',
    zh: '所有人员和访客抵达时接受安全简报，并由接受简报者签字',
  },
  'TRN-04': {
    ar: 'مراقبون معيَّنون كتابةً ومدرَّبون ومجهَّزون، وقوائم مناطقهم محدَّثة',
    es: 'Coordinadores de zona nombrados por escrito, capacitados y equipados, con listas de zona actualizadas',
    ru: 'Старшие по участкам назначены письменно, обучены и оснащены, списки участков актуальны',
    zh: '区长经书面任命、受过培训并配备装备，责任区名单保持最新',
  },
  'TRN-05': {
    ar: 'إطلاع الموظفين على خطة الطوارئ والإخلاء في المبنى',
    es: 'Personal informado sobre el plan de emergencia y evacuación del edificio',
    ru: 'Персонал ознакомлен с планом действий в чрезвычайных ситуациях и эвакуации из здания',
    zh: '人员已了解建筑物应急和疏散计划',
  },
  'RES-01': {
    ar: 'مسح أمني للمسكن قبل استئجاره',
    es: 'Evaluación de la seguridad de la vivienda antes de alquilarla',
    ru: 'Обследование безопасности жилья до его аренды',
    zh: '租用住所前进行住所安全勘查',
  },
  'RES-02': {
    ar: 'أبواب متينة وأقفال وقضبان للنوافذ',
    es: 'Puertas sólidas, cerraduras y rejas en las ventanas',
    ru: 'Прочные двери, замки и решётки на окнах',
    zh: '坚固的门、锁和窗户护栏',
  },
  'RES-03': {
    ar: 'جهاز إنذار ضد التسلل',
    es: 'Alarma contra intrusos',
    ru: 'Охранная сигнализация',
    zh: '入侵报警器',
  },
  'RES-04': {
    ar: 'حراس للمساكن',
    es: 'Guardias en las viviendas',
    ru: 'Охрана жилья',
    zh: '住所警卫',
  },
  'RES-05': {
    ar: 'إنارة أمنية خارجية',
    es: 'Iluminación de seguridad exterior',
    ru: 'Наружное охранное освещение',
    zh: '室外安全照明',
  },
};
