
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `Li ser vê cîhazê jî`,
'ns.channel.app': `Tenê li vir, li ser malpera dibistanê`,
'ns.channel.email': `E-name`,
'ns.channel.phone': `Bangên telefonê ji dibistanê`,
'ns.channel.push': `Agahdarî li ser vê cîhazê`,
'ns.channel.sms': `Peyama nivîskî (SMS)`,
'ns.channels': `Rêya agahdarkirinê`,
'ns.delay': `Min agahdar bikin, dema peyamek ev qas dem nexwendî bimîne:`,
'ns.delay.day1': `1 roj`,
'ns.delay.district': str`Hilbijartina dibistanê (${0})`,
'ns.delay.hour1': `1 demjimêr`,
'ns.delay.hours2': `2 demjimêr`,
'ns.delay.hours4': `4 demjimêr`,
'ns.deviceAdded': `Ev cîhaz jî dê agahdariyan bistîne.`,
'ns.failure.forbidden': `Destûra we tune ku hûn vê li vir bikin. Dîsa têkevin hesabê xwe.`,
'ns.failure.load': `Me nikarîbû mîhengên we bar bikin. Ji kerema xwe piştî demekê dîsa biceribînin.`,
'ns.failure.network': `Me nikarîbû mîhengên we bar bikin. Girêdana xwe kontrol bikin û dîsa biceribînin.`,
'ns.failure.save': `Me nikarîbû vê tomar bikin. Ji kerema xwe piştî demekê dîsa biceribînin.`,
'ns.failure.saveNetwork': `Me nikarîbû vê tomar bikin. Girêdana xwe kontrol bikin û dîsa biceribînin.`,
'ns.form.invalid': `Di formê de tiştek ne rast e. Kontrol bikin û dîsa biceribînin.`,
'ns.form.quietMissing': `Hilbijêrin ka demjimêrên bêdengiyê kengê dest pê dikin û kengê diqedin.`,
'ns.form.quietSame': `Divê demjimêrên bêdengiyê di demên cuda de dest pê bikin û biqedin.`,
'ns.hint.app': `Em tiştekî naşînin. Peyam li vir li benda we dimînin.`,
'ns.hint.email': str`Ji ${0} re`,
'ns.hint.phone': `Em tiştekî naşînin. Dibistan dikare telefonî we bike.`,
'ns.hint.pushAsk': `Geroka we dê ji we bipirse ka hûn destûrê didin wan.`,
'ns.hint.pushMany': str`Heta niha li ser ${0} cîhazan.`,
'ns.hint.pushOne': `Heta niha li ser 1 cîhazê.`,
'ns.hint.sms': str`Ji ${0} re`,
'ns.intro': `Dema peyamek li benda we be û we hê ew nexwendibe, em dikarin we agahdar bikin.`,
'ns.loading': `Mîhengên we tên barkirin…`,
'ns.na.blocked': `Agahdarî ji bo vê malperê hatine astengkirin. Hûn dikarin di mîhengên geroka xwe de destûrê bidin wan.`,
'ns.na.browser': `Ev gerok nikare agahdariyan nîşan bide.`,
'ns.na.noAddress': `Navnîşana e-nameya we li cem dibistanê tune. Ji wan bixwazin ku yekê zêde bikin.`,
'ns.na.noNumber': `Hejmara mobîla we li cem dibistanê tune. Ji wan bixwazin ku yekê zêde bikin.`,
'ns.na.notSetUp': `Li vê dibistanê hê ne amade ye.`,
'ns.push.denied': `Destûr ji agahdariyan re nehat dayîn, loma tiştek neguherî. Destûrê bidin wan, an rêyeke din hilbijêrin.`,
'ns.push.failed': `Me nikarîbû agahdariyan li ser vê cîhazê vekin. Paşê dîsa biceribînin, an rêyeke din hilbijêrin.`,
'ns.push.unsupported': `Ev gerok nikare agahdariyan nîşan bide. Rêyeke din hilbijêrin.`,
'ns.quiet': `Demjimêrên bêdengiyê`,
'ns.quietEnd': `Heta`,
'ns.quietHint': `Tiştê ku wê demê tê, heta dawiya demjimêrên bêdengiyê li bendê dimîne.`,
'ns.quietOn': `Di van demjimêran de tiştekî neşînin`,
'ns.quietStart': `Ji`,
'ns.retry': `Dîsa biceribînin`,
'ns.save': `Tomar bikin`,
'ns.saved': `Hat tomarkirin.`,
'ns.saving': `Tê tomarkirin…`,
'ns.smsStopped': `We bersiva STOP da, loma em peyamên SMS naşînin. Ji bo ku hûn wan dîsa bistînin, bersiva START bidin yek ji peyamên me.`,
'ns.title': `Em çawa we ji peyamên nû agahdar dikin`,
'ns.zone': `Li gorî saeta we:`,
};
