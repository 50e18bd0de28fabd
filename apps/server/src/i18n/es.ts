import type { ServerMessageKey } from './en.ts';

export const es: Record<ServerMessageKey, string> = {
  'checkin.heading': 'Repórtese',
  'checkin.intro': 'Se ha declarado una crisis:',
  'checkin.safe': 'Estoy a salvo',
  'checkin.help': 'Necesito ayuda',
  'checkin.note': 'Nota (dónde está, qué necesita)',
  'checkin.send': 'Enviar',
  'checkin.thanks': 'Gracias. Se ha registrado su respuesta:',
  'checkin.again': 'Puede responder de nuevo si su situación cambia.',
  'checkin.expired':
    'Este enlace ha caducado o la crisis está cerrada. Llame a su coordinador de zona o a su coordinador de seguridad.',
  'checkin.invalid': 'Este enlace no es válido.',
  'checkin.error': 'No se pudo registrar su respuesta. Inténtelo de nuevo.',
  'template.checkin.subject': 'Repórtese: {title}',
  'template.checkin.text':
    'Se ha declarado una crisis: {title}. Díganos si está a salvo o si necesita ayuda: {link}',
  'template.reminder.subject': 'Recordatorio — repórtese: {title}',
  'template.reminder.text':
    'Recordatorio: no tenemos noticias suyas desde que se declaró {title}. Responda 1 si está a salvo o 2 si necesita ayuda, o responda aquí: {link}',
  'template.escalation.subject': 'Aún sin respuesta: {title}',
  'template.escalation.text':
    '{count, number} personas no han respondido a la solicitud de reporte de {title}. Ahora figuran en las listas de llamadas de sus coordinadores de zona.',
  'template.missed.subject': 'Reporte no recibido: {name}',
  'template.missed.text':
    '{name} ({label}) no se ha reportado desde el reporte previsto a las {due}. Intente contactar a esta persona{phone}.',
  'template.cascade.subject': 'Cadena de coordinadores de zona: {title}',
  'template.cascade.text':
    'Localice a las personas de {zone} con las que aún no se ha contactado ({count, number}): {names}',
  'cap.event': 'Aviso de viaje',
  'cap.audience': 'Personal del sistema de gestión de la seguridad de las Naciones Unidas',
  'cap.senderName': 'Fieldsafe — {country}',
  'cap.feedTitle': 'Avisos de viaje — {country} (CAP 1.2)',
  'notify.incident': 'Incidente notificado: {category}',
  'notify.incidentWhereYouTravel': 'Alerta de seguridad donde viaja: {category}',
  'error.validation_error': 'Algunos campos no son válidos.',
  'error.unauthenticated': 'Inicie sesión.',
  'error.forbidden': 'No puede hacer esto.',
  'error.not_found': 'No encontrado.',
  'error.conflict': 'Esto contradice el estado actual del registro.',
  'error.gone': 'Ya no está disponible.',
  'error.rate_limited': 'Demasiados intentos. Espere y vuelva a intentarlo.',
  'error.internal': 'Se produjo un error en el servidor. Inténtelo de nuevo.',
};
