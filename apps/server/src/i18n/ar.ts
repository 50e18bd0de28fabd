import type { ServerMessageKey } from './en.ts';

export const ar: Record<ServerMessageKey, string> = {
  'checkin.heading': 'تأكيد السلامة',
  'checkin.intro': 'أُعلنت أزمة:',
  'checkin.safe': 'أنا بأمان',
  'checkin.help': 'أحتاج إلى مساعدة',
  'checkin.note': 'ملاحظة (أين أنت، وما الذي تحتاج إليه)',
  'checkin.send': 'إرسال',
  'checkin.thanks': 'شكرًا لك. سُجّلت إجابتك:',
  'checkin.again': 'يمكنك الإجابة مجددًا إذا تغيّر وضعك.',
  'checkin.expired':
    'انتهت صلاحية رابط تأكيد السلامة هذا أو أُغلقت الأزمة. اتصل بالمراقب أو بجهة التنسيق الأمني.',
  'checkin.invalid': 'رابط تأكيد السلامة هذا غير صالح.',
  'checkin.error': 'تعذّر تسجيل إجابتك. يرجى المحاولة مرة أخرى.',
  'template.checkin.subject': 'تأكيد السلامة: {title}',
  'template.checkin.text':
    'أُعلنت أزمة: {title}. أخبرنا بأنك بأمان أو بأنك تحتاج إلى مساعدة: {link}',
  'template.reminder.subject': 'تذكير — طمئنا عنك: {title}',
  'template.reminder.text':
    'تذكير: لم يصلنا منك رد منذ إعلان {title}. أرسل 1 إذا كنت بأمان أو 2 إذا كنت بحاجة إلى مساعدة، أو أجب هنا: {link}',
  'template.escalation.subject': 'ما زالوا بلا رد: {title}',
  'template.escalation.text':
    '{count, number} شخصا لم يردوا على طلب الاطمئنان بشأن {title}. أُدرجوا الآن في قوائم الاتصال لدى مراقبيهم.',
  'template.missed.subject': 'لم يتم الإبلاغ في الموعد: {name}',
  'template.missed.text':
    'لم يُبلغ {name} ({label}) عن وضعه منذ الموعد المحدد في {due}. يرجى محاولة الاتصال به{phone}.',
  'template.cascade.subject': 'سلسلة اتصال المراقبين: {title}',
  'template.cascade.text':
    'يرجى التواصل مع الأشخاص في {zone} الذين لم يُتواصل معهم بعد ({count, number}): {names}',
  'cap.event': 'إرشاد سفر',
  'cap.audience': 'موظفو نظام الأمم المتحدة لإدارة الأمن',
  'cap.senderName': 'Fieldsafe — {country}',
  'cap.feedTitle': 'إرشادات السفر — {country} (CAP 1.2)',
  'notify.incident': 'أُبلغ عن حادثة: {category}',
  'notify.incidentWhereYouTravel': 'تنبيه أمني في وجهة سفرك: {category}',
  'error.validation_error': 'بعض الحقول غير صالحة.',
  'error.unauthenticated': 'يرجى تسجيل الدخول.',
  'error.forbidden': 'لا يُسمح لك بذلك.',
  'error.not_found': 'غير موجود.',
  'error.conflict': 'يتعارض هذا مع الحالة الحالية للسجل.',
  'error.gone': 'لم يعد هذا متاحًا.',
  'error.rate_limited': 'محاولات كثيرة جدًا. يرجى الانتظار ثم المحاولة مرة أخرى.',
  'error.internal': 'حدث خطأ في الخادم. يرجى المحاولة مرة أخرى.',
};
