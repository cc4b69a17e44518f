
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `Bu cihazda da`,
'ns.channel.app': `Yalnızca burada, okulun sitesinde`,
'ns.channel.email': `E-posta`,
'ns.channel.phone': `Okuldan telefon aramaları`,
'ns.channel.push': `Bu cihazda bildirimler`,
'ns.channel.sms': `Kısa mesaj (SMS)`,
'ns.channels': `Bana nasıl haber verilsin`,
'ns.delay': `Bir mesaj bu kadar süre okunmadan beklerse bana haber ver:`,
'ns.delay.day1': `1 gün`,
'ns.delay.district': str`Okulun seçimi (${0})`,
'ns.delay.hour1': `1 saat`,
'ns.delay.hours2': `2 saat`,
'ns.delay.hours4': `4 saat`,
'ns.deviceAdded': `Bu cihaz da bildirim alacak.`,
'ns.failure.forbidden': `Bunu burada yapma izniniz yok. Tekrar oturum açmayı deneyin.`,
'ns.failure.load': `Ayarlarınızı yükleyemedik. Lütfen biraz sonra tekrar deneyin.`,
'ns.failure.network': `Ayarlarınızı yükleyemedik. İnternet bağlantınızı kontrol edip tekrar deneyin.`,
'ns.failure.save': `Bunu kaydedemedik. Lütfen biraz sonra tekrar deneyin.`,
'ns.failure.saveNetwork': `Bunu kaydedemedik. İnternet bağlantınızı kontrol edip tekrar deneyin.`,
'ns.form.invalid': `Formda doğru olmayan bir şey var. Kontrol edip tekrar deneyin.`,
'ns.form.quietMissing': `Sessiz saatlerin ne zaman başlayıp biteceğini seçin.`,
'ns.form.quietSame': `Sessiz saatler farklı saatlerde başlayıp bitmeli.`,
'ns.hint.app': `Hiçbir şey göndermiyoruz. Mesajlar burada sizi bekler.`,
'ns.hint.email': str`Şu adrese: ${0}`,
'ns.hint.phone': `Hiçbir şey göndermiyoruz. Okul sizi arayabilir.`,
'ns.hint.pushAsk': `Tarayıcınız bunlara izin vermenizi isteyecek.`,
'ns.hint.pushMany': str`Şu ana kadar ${0} cihazda.`,
'ns.hint.pushOne': `Şu ana kadar 1 cihazda.`,
'ns.hint.sms': str`Şu numaraya: ${0}`,
'ns.intro': `Okumadığınız bir mesaj sizi beklediğinde bunu size bildirebiliriz.`,
'ns.loading': `Ayarlarınız yükleniyor…`,
'ns.na.blocked': `Bu site için bildirimler engellendi. Tarayıcı ayarlarınızdan bunlara izin verebilirsiniz.`,
'ns.na.browser': `Bu tarayıcı bildirim gösteremiyor.`,
'ns.na.noAddress': `Okulda sizin için bir e-posta adresi yok. Okuldan bir adres eklemesini isteyin.`,
'ns.na.noNumber': `Okulda sizin için bir cep telefonu numarası yok. Okuldan bir numara eklemesini isteyin.`,
'ns.na.notSetUp': `Bu okulda henüz kullanılamıyor.`,
'ns.push.denied': `Bildirimlere izin verilmedi, bu yüzden hiçbir şey değişmedi. İzin verin ya da başka bir yol seçin.`,
'ns.push.failed': `Bu cihazda bildirimleri açamadık. Daha sonra tekrar deneyin ya da başka bir yol seçin.`,
'ns.push.unsupported': `Bu tarayıcı bildirim gösteremiyor. Başka bir yol seçin.`,
'ns.quiet': `Sessiz saatler`,
'ns.quietEnd': `Bitiş`,
'ns.quietHint': `Bu sırada gelenler, sessiz saatler bitene kadar bekler.`,
'ns.quietOn': `Bu saatlerde hiçbir şey gönderme`,
'ns.quietStart': `Başlangıç`,
'ns.retry': `Tekrar deneyin`,
'ns.save': `Kaydet`,
'ns.saved': `Kaydedildi.`,
'ns.saving': `Kaydediliyor…`,
'ns.smsStopped': `STOP diye yanıt verdiniz, bu yüzden size SMS göndermiyoruz. Yeniden almak için SMS'lerimizden birine START diye yanıt verin.`,
'ns.title': `Yeni mesajları size nasıl bildiriyoruz`,
'ns.zone': `Sizin saatinize göre:`,
};
