import type { ServerMessageKey } from './en.ts';

export const fr: Record<ServerMessageKey, string> = {
  'checkin.heading': 'Signalez-vous',
  'checkin.intro': 'Une crise a été déclarée :',
  'checkin.safe': 'Je suis en sécurité',
  'checkin.help': 'J’ai besoin d’aide',
  'checkin.note': 'Remarque (où vous êtes, ce dont vous avez besoin)',
  'checkin.send': 'Envoyer',
  'checkin.thanks': 'Merci. Votre réponse a été enregistrée :',
  'checkin.again': 'Vous pouvez répondre à nouveau si votre situation change.',
  'checkin.expired':
    'Ce lien a expiré ou la crise est close. Appelez votre chef d’îlot ou votre point focal pour la sécurité.',
  'checkin.invalid': 'Ce lien n’est pas valide.',
  'checkin.error': 'Votre réponse n’a pas pu être enregistrée. Veuillez réessayer.',
  'template.checkin.subject': 'Signalez-vous : {title}',
  'template.checkin.text':
    'Une crise a été déclarée : {title}. Dites-nous si vous êtes en sécurité ou si vous avez besoin d’aide : {link}',
  'template.reminder.subject': 'Rappel — donnez de vos nouvelles : {title}',
  'template.reminder.text':
    'Rappel : nous n’avons pas de nouvelles de vous depuis la déclaration de {title}. Répondez 1 si vous êtes en sécurité ou 2 si vous avez besoin d’aide, ou répondez ici : {link}',
  'template.escalation.subject': 'Toujours sans réponse : {title}',
  'template.escalation.text':
    '{count, number} personnes n’ont pas répondu à la demande de nouvelles pour {title}. Elles figurent désormais sur les listes d’appel de leurs chefs d’îlot.',
  'template.missed.subject': 'Point de situation manqué : {name}',
  'template.missed.text':
    '{name} ({label}) n’a pas donné de nouvelles depuis le point prévu à {due}. Veuillez essayer de le ou la joindre{phone}.',
  'template.cascade.subject': 'Chaîne d’alerte des chefs d’îlot : {title}',
  'template.cascade.text':
    'Veuillez joindre les personnes de {zone} encore à contacter ({count, number}) : {names}',
  'cap.event': 'Avis aux voyageurs',
  'cap.audience': 'Personnel du système de gestion de la sécurité des Nations Unies',
  'cap.senderName': 'Fieldsafe — {country}',
  'cap.feedTitle': 'Avis aux voyageurs — {country} (CAP 1.2)',
  'notify.incident': 'Incident signalé : {category}',
  'notify.incidentWhereYouTravel': 'Alerte de sécurité là où vous voyagez : {category}',
  'error.validation_error': 'Certains champs ne sont pas valides.',
  'error.unauthenticated': 'Veuillez vous connecter.',
  'error.forbidden': 'Vous n’êtes pas autorisé à faire cela.',
  'error.not_found': 'Introuvable.',
  'error.conflict': 'Cela contredit l’état actuel de l’enregistrement.',
  'error.gone': 'Ce n’est plus disponible.',
  'error.rate_limited': 'Trop de tentatives. Veuillez patienter puis réessayer.',
  'error.internal': 'Une erreur est survenue sur le serveur. Veuillez réessayer.',
};
