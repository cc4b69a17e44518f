
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `Também neste dispositivo`,
'ns.channel.app': `Só aqui, no site da escola`,
'ns.channel.email': `E-mail`,
'ns.channel.phone': `Ligações da escola`,
'ns.channel.push': `Notificações neste dispositivo`,
'ns.channel.sms': `Mensagem de texto`,
'ns.channels': `Avisar-me por`,
'ns.delay': `Avisar-me quando uma mensagem estiver sem ler há`,
'ns.delay.day1': `1 dia`,
'ns.delay.district': str`A escolha da escola (${0})`,
'ns.delay.hour1': `1 hora`,
'ns.delay.hours2': `2 horas`,
'ns.delay.hours4': `4 horas`,
'ns.deviceAdded': `Este dispositivo também vai receber notificações.`,
'ns.failure.forbidden': `Você não tem permissão para fazer isso aqui. Tente entrar de novo.`,
'ns.failure.load': `Não conseguimos carregar suas configurações. Tente de novo daqui a pouco.`,
'ns.failure.network': `Não conseguimos carregar suas configurações. Verifique sua conexão e tente de novo.`,
'ns.failure.save': `Não conseguimos salvar. Tente de novo daqui a pouco.`,
'ns.failure.saveNetwork': `Não conseguimos salvar. Verifique sua conexão e tente de novo.`,
'ns.form.invalid': `Algo no formulário não está certo. Confira e tente de novo.`,
'ns.form.quietMissing': `Escolha quando o horário de descanso começa e termina.`,
'ns.form.quietSame': `O horário de descanso deve começar e terminar em horas diferentes.`,
'ns.hint.app': `Não enviamos nada. As mensagens esperam por você aqui.`,
'ns.hint.email': str`Para ${0}`,
'ns.hint.phone': `Não enviamos nada. A escola pode ligar para você.`,
'ns.hint.pushAsk': `Seu navegador vai pedir que você as permita.`,
'ns.hint.pushMany': str`Em ${0} dispositivos até agora.`,
'ns.hint.pushOne': `Em 1 dispositivo até agora.`,
'ns.hint.sms': str`Para ${0}`,
'ns.intro': `Quando houver uma mensagem que você não leu, podemos avisar você.`,
'ns.loading': `Carregando suas configurações…`,
'ns.na.blocked': `As notificações estão bloqueadas para este site. Você pode permiti-las nas configurações do navegador.`,
'ns.na.browser': `Este navegador não pode mostrar notificações.`,
'ns.na.noAddress': `A escola não tem seu e-mail. Peça para adicionarem.`,
'ns.na.noNumber': `A escola não tem seu número de celular. Peça para adicionarem.`,
'ns.na.notSetUp': `Ainda não disponível nesta escola.`,
'ns.push.denied': `As notificações não foram permitidas, então nada mudou. Permita-as ou escolha outra forma.`,
'ns.push.failed': `Não conseguimos ativar as notificações neste dispositivo. Tente mais tarde ou escolha outra forma.`,
'ns.push.unsupported': `Este navegador não pode mostrar notificações. Escolha outra forma.`,
'ns.quiet': `Horário de descanso`,
'ns.quietEnd': `Até`,
'ns.quietHint': `O que chegar nesse horário espera até ele terminar.`,
'ns.quietOn': `Não enviar nada nestes horários`,
'ns.quietStart': `De`,
'ns.retry': `Tentar de novo`,
'ns.save': `Salvar`,
'ns.saved': `Salvo.`,
'ns.saving': `Salvando…`,
'ns.smsStopped': `Você respondeu STOP, então não enviamos mensagens de texto. Responda START a uma de nossas mensagens para voltar a recebê-las.`,
'ns.title': `Como avisamos você sobre novas mensagens`,
'ns.zone': `No seu horário:`,
};
