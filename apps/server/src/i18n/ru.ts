import type { ServerMessageKey } from './en.ts';

export const ru: Record<ServerMessageKey, string> = {
  'checkin.heading': 'Отметиться',
  'checkin.intro': 'Объявлен кризис:',
  'checkin.safe': 'Я в безопасности',
  'checkin.help': 'Мне нужна помощь',
  'checkin.note': 'Примечание (где вы находитесь, что вам нужно)',
  'checkin.send': 'Отправить',
  'checkin.thanks': 'Спасибо. Ваш ответ записан:',
  'checkin.again': 'Вы можете ответить снова, если ваше положение изменится.',
  'checkin.expired':
    'Срок действия этой ссылки истёк или кризис закрыт. Позвоните старшему по участку или координатору по вопросам безопасности.',
  'checkin.invalid': 'Эта ссылка недействительна.',
  'checkin.error': 'Не удалось записать ваш ответ. Попробуйте ещё раз.',
  'template.checkin.subject': 'Отметьтесь: {title}',
  'template.checkin.text':
    'Объявлен кризис: {title}. Сообщите, что вы в безопасности или что вам нужна помощь: {link}',
  'template.reminder.subject': 'Напоминание — отметьтесь: {title}',
  'template.reminder.text':
    'Напоминание: от вас нет ответа с момента объявления «{title}». Ответьте 1, если вы в безопасности, или 2, если вам нужна помощь, либо ответьте здесь: {link}',
  'template.escalation.subject': 'Всё ещё без ответа: {title}',
  'template.escalation.text':
    '{count, number} чел. не ответили на запрос об отметке по «{title}». Теперь они в списках обзвона своих старших по участку.',
  'template.missed.subject': 'Пропущена отметка: {name}',
  'template.missed.text':
    '{name} ({label}) не отметился(-ась) после срока {due}. Попробуйте связаться{phone}.',
  'template.cascade.subject': 'Оповещение через старших по участку: {title}',
  'template.cascade.text':
    'Свяжитесь с людьми участка {zone}, с которыми ещё нет связи ({count, number}): {names}',
  'cap.event': 'Рекомендация для поездок',
  'cap.audience': 'Персонал системы обеспечения безопасности Организации Объединённых Наций',
  'cap.senderName': 'Fieldsafe — {country}',
  'cap.feedTitle': 'Рекомендации для поездок — {country} (CAP 1.2)',
  'notify.incident': 'Сообщение об инциденте: {category}',
  'notify.incidentWhereYouTravel':
    'Предупреждение о безопасности в месте вашей поездки: {category}',
  'error.validation_error': 'Некоторые поля заполнены неверно.',
  'error.unauthenticated': 'Войдите в систему.',
  'error.forbidden': 'У вас нет права на это действие.',
  'error.not_found': 'Не найдено.',
  'error.conflict': 'Это противоречит текущему состоянию записи.',
  'error.gone': 'Это больше недоступно.',
  'error.rate_limited': 'Слишком много попыток. Подождите и попробуйте снова.',
  'error.internal': 'На сервере произошла ошибка. Попробуйте ещё раз.',
};
