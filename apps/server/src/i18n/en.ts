/**
 * Server-made texts people read (e-mail and SMS, the check-in page, CAP alerts, error messages),
 * ICU MessageFormat. Every key here must exist in every language (ar, es, fr, ru, zh): the type
 * and `i18n.test.ts` check it.
 */
export const en = {
  'checkin.heading': 'Check in',
  'checkin.intro': 'A crisis has been declared:',
  'checkin.safe': 'I am safe',
  'checkin.help': 'I need help',
  'checkin.note': 'Note (where you are, what you need)',
  'checkin.send': 'Send',
  'checkin.thanks': 'Thank you. Your answer has been recorded:',
  'checkin.again': 'You can answer again if your situation changes.',
  'checkin.expired':
    'This check-in link has expired or the crisis is closed. Call your warden or security focal point.',
  'checkin.invalid': 'This check-in link is not valid.',
  'checkin.error': 'Your answer could not be recorded. Please try again.',
  'template.checkin.subject': 'Check in: {title}',
  'template.checkin.text':
    'A crisis has been declared: {title}. Tell us you are safe or that you need help: {link}',
  'template.reminder.subject': 'Reminder — check in: {title}',
  'template.reminder.text':
    'Reminder: we have not heard from you since {title} was declared. Reply 1 if you are safe or 2 if you need help, or answer here: {link}',
  'template.escalation.subject': 'Still silent: {title}',
  'template.escalation.text':
    '{count, number} people have not answered the check-in for {title}. They are now on their wardens’ call lists.',
  'template.missed.subject': 'Missed check-in: {name}',
  'template.missed.text':
    '{name} ({label}) has not checked in since the check-in due at {due}. Please try to reach them{phone}.',
  'template.cascade.subject': 'Warden cascade: {title}',
  'template.cascade.text':
    'Please reach the people of {zone} still to be contacted ({count, number}): {names}',
  'cap.event': 'Travel advisory',
  'cap.audience': 'Personnel of the United Nations security management system',
  'cap.senderName': 'Fieldsafe — {country}',
  'cap.feedTitle': 'Travel advisories — {country} (CAP 1.2)',
  'notify.incident': 'Incident reported: {category}',
  'notify.incidentWhereYouTravel': 'Security alert where you travel: {category}',
  'error.validation_error': 'Some fields are not valid.',
  'error.unauthenticated': 'Please sign in.',
  'error.forbidden': 'You may not do this.',
  'error.not_found': 'Not found.',
  'error.conflict': 'This conflicts with the current state of the record.',
  'error.gone': 'This is no longer available.',
  'error.rate_limited': 'Too many attempts. Please wait and try again.',
  'error.internal': 'Something went wrong on the server. Please try again.',
} as const;

export type ServerMessageKey = keyof typeof en;
