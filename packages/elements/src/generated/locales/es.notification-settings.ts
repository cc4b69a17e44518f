
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `También en este dispositivo`,
'ns.channel.app': `Solo aquí, en el sitio de la escuela`,
'ns.channel.email': `Correo electrónico`,
'ns.channel.phone': `Llamadas de la escuela`,
'ns.channel.push': `Notificaciones en este dispositivo`,
'ns.channel.sms': `Mensaje de texto`,
'ns.channels': `Avisarme por`,
'ns.delay': `Avisarme cuando un mensaje lleve sin leer`,
'ns.delay.day1': `1 día`,
'ns.delay.district': str`Lo que elija la escuela (${0})`,
'ns.delay.hour1': `1 hora`,
'ns.delay.hours2': `2 horas`,
'ns.delay.hours4': `4 horas`,
'ns.deviceAdded': `Este dispositivo también recibirá notificaciones.`,
'ns.failure.forbidden': `No tiene permiso para hacer esto aquí. Intente iniciar sesión otra vez.`,
'ns.failure.load': `No pudimos cargar su configuración. Intente otra vez en un momento.`,
'ns.failure.network': `No pudimos cargar su configuración. Revise su conexión e intente otra vez.`,
'ns.failure.save': `No pudimos guardar esto. Intente otra vez en un momento.`,
'ns.failure.saveNetwork': `No pudimos guardar esto. Revise su conexión e intente otra vez.`,
'ns.form.invalid': `Algo en el formulario no está bien. Revíselo e intente otra vez.`,
'ns.form.quietMissing': `Elija cuándo empiezan y terminan las horas de descanso.`,
'ns.form.quietSame': `Las horas de descanso deben empezar y terminar a horas distintas.`,
'ns.hint.app': `No enviamos nada. Los mensajes le esperan aquí.`,
'ns.hint.email': str`A ${0}`,
'ns.hint.phone': `No enviamos nada. La escuela puede llamarle.`,
'ns.hint.pushAsk': `Su navegador le pedirá que las permita.`,
'ns.hint.pushMany': str`En ${0} dispositivos por ahora.`,
'ns.hint.pushOne': `En 1 dispositivo por ahora.`,
'ns.hint.sms': str`Al ${0}`,
'ns.intro': `Cuando tenga un mensaje sin leer, podemos avisarle.`,
'ns.loading': `Cargando su configuración…`,
'ns.na.blocked': `Las notificaciones están bloqueadas para este sitio. Puede permitirlas en la configuración del navegador.`,
'ns.na.browser': `Este navegador no puede mostrar notificaciones.`,
'ns.na.noAddress': `La escuela no tiene su correo electrónico. Pídale que lo agregue.`,
'ns.na.noNumber': `La escuela no tiene su número de celular. Pídale que lo agregue.`,
'ns.na.notSetUp': `Todavía no está disponible en esta escuela.`,
'ns.push.denied': `No se permitieron las notificaciones, así que nada cambió. Permítalas o elija otra forma.`,
'ns.push.failed': `No pudimos activar las notificaciones en este dispositivo. Intente más tarde o elija otra forma.`,
'ns.push.unsupported': `Este navegador no puede mostrar notificaciones. Elija otra forma.`,
'ns.quiet': `Horas de descanso`,
'ns.quietEnd': `Hasta`,
'ns.quietHint': `Lo que llegue en esas horas espera hasta que terminen.`,
'ns.quietOn': `No enviar nada en estas horas`,
'ns.quietStart': `Desde`,
'ns.retry': `Intentar de nuevo`,
'ns.save': `Guardar`,
'ns.saved': `Guardado.`,
'ns.saving': `Guardando…`,
'ns.smsStopped': `Usted respondió STOP, así que no le enviamos textos. Responda START a uno de nuestros textos para recibirlos otra vez.`,
'ns.title': `Cómo le avisamos de mensajes nuevos`,
'ns.zone': `Según su hora:`,
};
