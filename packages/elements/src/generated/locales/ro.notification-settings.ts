
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `Și pe acest dispozitiv`,
'ns.channel.app': `Doar aici, pe site-ul școlii`,
'ns.channel.email': `E-mail`,
'ns.channel.phone': `Apeluri telefonice de la școală`,
'ns.channel.push': `Notificări pe acest dispozitiv`,
'ns.channel.sms': `Mesaj text (SMS)`,
'ns.channels': `Anunțați-mă prin`,
'ns.delay': `Anunțați-mă când un mesaj a rămas necitit timp de`,
'ns.delay.day1': `1 zi`,
'ns.delay.district': str`Setarea școlii (${0})`,
'ns.delay.hour1': `1 oră`,
'ns.delay.hours2': `2 ore`,
'ns.delay.hours4': `4 ore`,
'ns.deviceAdded': `Și acest dispozitiv va primi notificări.`,
'ns.failure.forbidden': `Nu aveți voie să faceți asta aici. Încercați să vă conectați din nou.`,
'ns.failure.load': `Nu am putut încărca setările. Încercați din nou peste puțin timp.`,
'ns.failure.network': `Nu am putut încărca setările. Verificați conexiunea și încercați din nou.`,
'ns.failure.save': `Nu am putut salva. Încercați din nou peste puțin timp.`,
'ns.failure.saveNetwork': `Nu am putut salva. Verificați conexiunea și încercați din nou.`,
'ns.form.invalid': `Ceva din formular nu este corect. Verificați și încercați din nou.`,
'ns.form.quietMissing': `Alegeți când încep și când se termină orele de liniște.`,
'ns.form.quietSame': `Orele de liniște trebuie să înceapă și să se termine la ore diferite.`,
'ns.hint.app': `Nu trimitem nimic. Mesajele vă așteaptă aici.`,
'ns.hint.email': str`La adresa ${0}`,
'ns.hint.phone': `Nu trimitem nimic. Școala vă poate suna.`,
'ns.hint.pushAsk': `Browserul vă va cere să le permiteți.`,
'ns.hint.pushMany': str`Dispozitive până acum: ${0}.`,
'ns.hint.pushOne': `Pe 1 dispozitiv până acum.`,
'ns.hint.sms': str`La numărul ${0}`,
'ns.intro': `Când un mesaj vă așteaptă și nu l-ați citit încă, vă putem anunța.`,
'ns.loading': `Se încarcă setările…`,
'ns.na.blocked': `Notificările sunt blocate pentru acest site. Le puteți permite din setările browserului.`,
'ns.na.browser': `Acest browser nu poate afișa notificări.`,
'ns.na.noAddress': `Școala nu are o adresă de e-mail pentru dumneavoastră. Rugați școala să adauge una.`,
'ns.na.noNumber': `Școala nu are un număr de mobil pentru dumneavoastră. Rugați școala să adauge unul.`,
'ns.na.notSetUp': `Nu este încă disponibil la această școală.`,
'ns.push.denied': `Notificările nu au fost permise, așa că nu s-a schimbat nimic. Permiteți-le sau alegeți altă cale.`,
'ns.push.failed': `Nu am putut porni notificările pe acest dispozitiv. Încercați din nou mai târziu sau alegeți altă cale.`,
'ns.push.unsupported': `Acest browser nu poate afișa notificări. Alegeți altă cale.`,
'ns.quiet': `Ore de liniște`,
'ns.quietEnd': `Până la`,
'ns.quietHint': `Ce sosește atunci așteaptă până se termină orele de liniște.`,
'ns.quietOn': `Nu se trimite nimic în aceste ore`,
'ns.quietStart': `De la`,
'ns.retry': `Încercați din nou`,
'ns.save': `Salvați`,
'ns.saved': `Salvat.`,
'ns.saving': `Se salvează…`,
'ns.smsStopped': `Ați răspuns STOP, așa că nu vă mai trimitem SMS-uri. Răspundeți START la unul dintre SMS-urile noastre ca să le primiți din nou.`,
'ns.title': `Cum vă anunțăm despre mesajele noi`,
'ns.zone': `După ceasul dumneavoastră:`,
};
