
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `Aussi sur cet appareil`,
'ns.channel.app': `Seulement ici, sur le site de l'école`,
'ns.channel.email': `E-mail`,
'ns.channel.phone': `Appels de l'école`,
'ns.channel.push': `Notifications sur cet appareil`,
'ns.channel.sms': `SMS`,
'ns.channels': `Me prévenir par`,
'ns.delay': `Me prévenir quand un message attend sans être lu depuis`,
'ns.delay.day1': `1 jour`,
'ns.delay.district': str`Le choix de l'école (${0})`,
'ns.delay.hour1': `1 heure`,
'ns.delay.hours2': `2 heures`,
'ns.delay.hours4': `4 heures`,
'ns.deviceAdded': `Cet appareil recevra aussi les notifications.`,
'ns.failure.forbidden': `Vous n'avez pas le droit de faire cela ici. Essayez de vous reconnecter.`,
'ns.failure.load': `Nous n'avons pas pu charger vos réglages. Réessayez dans un instant.`,
'ns.failure.network': `Nous n'avons pas pu charger vos réglages. Vérifiez votre connexion et réessayez.`,
'ns.failure.save': `Nous n'avons pas pu enregistrer. Réessayez dans un instant.`,
'ns.failure.saveNetwork': `Nous n'avons pas pu enregistrer. Vérifiez votre connexion et réessayez.`,
'ns.form.invalid': `Quelque chose ne va pas dans le formulaire. Vérifiez-le et réessayez.`,
'ns.form.quietMissing': `Choisissez quand les heures de repos commencent et finissent.`,
'ns.form.quietSame': `Le début et la fin des heures de repos doivent être différents.`,
'ns.hint.app': `Nous n'envoyons rien. Les messages vous attendent ici.`,
'ns.hint.email': str`À ${0}`,
'ns.hint.phone': `Nous n'envoyons rien. L'école peut vous appeler.`,
'ns.hint.pushAsk': `Votre navigateur vous demandera de les autoriser.`,
'ns.hint.pushMany': str`Sur ${0} appareils pour l'instant.`,
'ns.hint.pushOne': `Sur 1 appareil pour l'instant.`,
'ns.hint.sms': str`Au ${0}`,
'ns.intro': `Quand un message vous attend et que vous ne l'avez pas lu, nous pouvons vous prévenir.`,
'ns.loading': `Chargement de vos réglages…`,
'ns.na.blocked': `Les notifications sont bloquées pour ce site. Vous pouvez les autoriser dans les réglages de votre navigateur.`,
'ns.na.browser': `Ce navigateur ne peut pas afficher de notifications.`,
'ns.na.noAddress': `L'école n'a pas d'adresse e-mail pour vous. Demandez-lui d'en ajouter une.`,
'ns.na.noNumber': `L'école n'a pas de numéro de portable pour vous. Demandez-lui d'en ajouter un.`,
'ns.na.notSetUp': `Pas encore disponible dans cette école.`,
'ns.push.denied': `Les notifications n'ont pas été autorisées, donc rien n'a changé. Autorisez-les, ou choisissez un autre moyen.`,
'ns.push.failed': `Nous n'avons pas pu activer les notifications sur cet appareil. Réessayez plus tard, ou choisissez un autre moyen.`,
'ns.push.unsupported': `Ce navigateur ne peut pas afficher de notifications. Choisissez un autre moyen.`,
'ns.quiet': `Heures de repos`,
'ns.quietEnd': `Jusqu'à`,
'ns.quietHint': `Ce qui arrive pendant ces heures attend leur fin.`,
'ns.quietOn': `Ne rien envoyer pendant ces heures`,
'ns.quietStart': `De`,
'ns.retry': `Réessayer`,
'ns.save': `Enregistrer`,
'ns.saved': `Enregistré.`,
'ns.saving': `Enregistrement…`,
'ns.smsStopped': `Vous avez répondu STOP, donc nous n'envoyons plus de SMS. Répondez START à l'un de nos SMS pour les recevoir à nouveau.`,
'ns.title': `Comment nous vous prévenons des nouveaux messages`,
'ns.zone': `Votre fuseau horaire :`,
};
