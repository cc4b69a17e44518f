
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `Cả trên thiết bị này`,
'ns.channel.app': `Chỉ ở đây, trên trang của trường`,
'ns.channel.email': `Email`,
'ns.channel.phone': `Trường gọi điện thoại`,
'ns.channel.push': `Thông báo trên thiết bị này`,
'ns.channel.sms': `Tin nhắn văn bản`,
'ns.channels': `Báo cho tôi bằng`,
'ns.delay': `Báo cho tôi khi tin nhắn chưa được đọc sau`,
'ns.delay.day1': `1 ngày`,
'ns.delay.district': str`Theo trường chọn (${0})`,
'ns.delay.hour1': `1 giờ`,
'ns.delay.hours2': `2 giờ`,
'ns.delay.hours4': `4 giờ`,
'ns.deviceAdded': `Thiết bị này cũng sẽ nhận thông báo.`,
'ns.failure.forbidden': `Quý vị không được phép làm việc này ở đây. Hãy thử đăng nhập lại.`,
'ns.failure.load': `Chúng tôi không tải được cài đặt của quý vị. Vui lòng thử lại sau ít phút.`,
'ns.failure.network': `Chúng tôi không tải được cài đặt của quý vị. Hãy kiểm tra kết nối và thử lại.`,
'ns.failure.save': `Chúng tôi không lưu được. Vui lòng thử lại sau ít phút.`,
'ns.failure.saveNetwork': `Chúng tôi không lưu được. Hãy kiểm tra kết nối và thử lại.`,
'ns.form.invalid': `Có điều gì đó trong mẫu chưa đúng. Hãy kiểm tra và thử lại.`,
'ns.form.quietMissing': `Hãy chọn giờ bắt đầu và kết thúc giờ yên lặng.`,
'ns.form.quietSame': `Giờ yên lặng phải bắt đầu và kết thúc vào hai giờ khác nhau.`,
'ns.hint.app': `Chúng tôi không gửi gì. Tin nhắn chờ quý vị ở đây.`,
'ns.hint.email': str`Đến ${0}`,
'ns.hint.phone': `Chúng tôi không gửi gì. Trường có thể gọi cho quý vị.`,
'ns.hint.pushAsk': `Trình duyệt sẽ hỏi quý vị có cho phép không.`,
'ns.hint.pushMany': str`Hiện có trên ${0} thiết bị.`,
'ns.hint.pushOne': `Hiện có trên 1 thiết bị.`,
'ns.hint.sms': str`Đến ${0}`,
'ns.intro': `Khi có tin nhắn đang chờ mà quý vị chưa đọc, chúng tôi có thể báo cho quý vị.`,
'ns.loading': `Đang tải cài đặt của quý vị…`,
'ns.na.blocked': `Thông báo đã bị chặn cho trang này. Quý vị có thể cho phép trong phần cài đặt trình duyệt.`,
'ns.na.browser': `Trình duyệt này không thể hiện thông báo.`,
'ns.na.noAddress': `Trường chưa có địa chỉ email của quý vị. Hãy nhờ trường thêm vào.`,
'ns.na.noNumber': `Trường chưa có số điện thoại di động của quý vị. Hãy nhờ trường thêm vào.`,
'ns.na.notSetUp': `Trường này chưa có.`,
'ns.push.denied': `Thông báo không được cho phép nên không có gì thay đổi. Hãy cho phép, hoặc chọn cách khác.`,
'ns.push.failed': `Chúng tôi không bật được thông báo trên thiết bị này. Hãy thử lại sau, hoặc chọn cách khác.`,
'ns.push.unsupported': `Trình duyệt này không thể hiện thông báo. Hãy chọn cách khác.`,
'ns.quiet': `Giờ yên lặng`,
'ns.quietEnd': `Đến`,
'ns.quietHint': `Những gì đến lúc đó sẽ chờ đến khi hết giờ.`,
'ns.quietOn': `Không gửi gì trong những giờ này`,
'ns.quietStart': `Từ`,
'ns.retry': `Thử lại`,
'ns.save': `Lưu`,
'ns.saved': `Đã lưu.`,
'ns.saving': `Đang lưu…`,
'ns.smsStopped': `Quý vị đã trả lời STOP nên chúng tôi không gửi tin nhắn văn bản. Hãy trả lời START cho một tin nhắn của chúng tôi để nhận lại.`,
'ns.title': `Cách chúng tôi báo cho quý vị về tin nhắn mới`,
'ns.zone': `Theo giờ của quý vị:`,
};
