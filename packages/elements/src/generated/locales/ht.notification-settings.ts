
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `Sou aparèy sa a tou`,
'ns.channel.app': `Sèlman isit la, sou sit lekòl la`,
'ns.channel.email': `Imèl`,
'ns.channel.phone': `Apèl telefòn lekòl la`,
'ns.channel.push': `Notifikasyon sou aparèy sa a`,
'ns.channel.sms': `Mesaj tèks`,
'ns.channels': `Di m pa`,
'ns.delay': `Di m lè yon mesaj rete san li pandan`,
'ns.delay.day1': `1 jou`,
'ns.delay.district': str`Chwa lekòl la (${0})`,
'ns.delay.hour1': `1 èdtan`,
'ns.delay.hours2': `2 èdtan`,
'ns.delay.hours4': `4 èdtan`,
'ns.deviceAdded': `Aparèy sa a ap resevwa notifikasyon tou.`,
'ns.failure.forbidden': `Ou pa gen dwa fè sa isit la. Eseye konekte ankò.`,
'ns.failure.load': `Nou pa t ka chaje paramèt ou yo. Tanpri eseye ankò nan yon ti moman.`,
'ns.failure.network': `Nou pa t ka chaje paramèt ou yo. Tcheke koneksyon ou epi eseye ankò.`,
'ns.failure.save': `Nou pa t ka anrejistre sa a. Tanpri eseye ankò nan yon ti moman.`,
'ns.failure.saveNetwork': `Nou pa t ka anrejistre sa a. Tcheke koneksyon ou epi eseye ankò.`,
'ns.form.invalid': `Gen yon bagay ki pa bon nan fòm nan. Tcheke l epi eseye ankò.`,
'ns.form.quietMissing': `Chwazi kilè lè trankil yo kòmanse ak fini.`,
'ns.form.quietSame': `Lè trankil yo dwe kòmanse ak fini a lè diferan.`,
'ns.hint.app': `Nou pa voye anyen. Mesaj yo ap tann ou isit la.`,
'ns.hint.email': str`Bay ${0}`,
'ns.hint.phone': `Nou pa voye anyen. Lekòl la ka rele w.`,
'ns.hint.pushAsk': `Navigatè w la ap mande w pou w pèmèt yo.`,
'ns.hint.pushMany': str`Sou ${0} aparèy pou kounye a.`,
'ns.hint.pushOne': `Sou 1 aparèy pou kounye a.`,
'ns.hint.sms': str`Bay ${0}`,
'ns.intro': `Lè gen yon mesaj k ap tann ou e ou poko li l, nou ka di ou.`,
'ns.loading': `N ap chaje paramèt ou yo…`,
'ns.na.blocked': `Notifikasyon bloke pou sit sa a. Ou ka pèmèt yo nan paramèt navigatè w la.`,
'ns.na.browser': `Navigatè sa a pa ka montre notifikasyon.`,
'ns.na.noAddress': `Lekòl la pa gen adrès imèl ou. Mande yo ajoute l.`,
'ns.na.noNumber': `Lekòl la pa gen nimewo selilè ou. Mande yo ajoute l.`,
'ns.na.notSetUp': `Poko disponib nan lekòl sa a.`,
'ns.push.denied': `Notifikasyon yo pa t pèmèt, kidonk anyen pa chanje. Pèmèt yo, oswa chwazi yon lòt fason.`,
'ns.push.failed': `Nou pa t ka limen notifikasyon sou aparèy sa a. Eseye pita, oswa chwazi yon lòt fason.`,
'ns.push.unsupported': `Navigatè sa a pa ka montre notifikasyon. Chwazi yon lòt fason.`,
'ns.quiet': `Lè trankil`,
'ns.quietEnd': `Jiska`,
'ns.quietHint': `Sa ki rive lè sa a ap tann jiskaske yo fini.`,
'ns.quietOn': `Pa voye anyen pandan lè sa yo`,
'ns.quietStart': `Depi`,
'ns.retry': `Eseye ankò`,
'ns.save': `Anrejistre`,
'ns.saved': `Anrejistre.`,
'ns.saving': `N ap anrejistre…`,
'ns.smsStopped': `Ou reponn STOP, kidonk nou pa voye tèks. Reponn START nan youn nan tèks nou yo pou w resevwa yo ankò.`,
'ns.title': `Kijan nou di ou gen nouvo mesaj`,
'ns.zone': `Dapre lè pa ou:`,
};
