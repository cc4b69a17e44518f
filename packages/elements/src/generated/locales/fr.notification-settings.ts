
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.failure.saveNetwork': `We couldn't save this. Check your connection and try again.`,
'ns.failure.network': `We couldn't load your settings. Check your connection and try again.`,
'ns.failure.forbidden': `You are not allowed to do this here. Try signing in again.`,
'ns.failure.save': `We couldn't save this. Please try again in a moment.`,
'ns.failure.load': `We couldn't load your settings. Please try again in a moment.`,
'ns.channel.sms': `Text message`,
'ns.channel.email': `Email`,
'ns.channel.push': `Notifications on this device`,
'ns.channel.app': `Only here, on the school site`,
'ns.channel.phone': `Phone calls from the school`,
'ns.hint.sms': str`To ${0}`,
'ns.hint.email': str`To ${0}`,
'ns.hint.pushAsk': `Your browser will ask you to allow them.`,
'ns.hint.pushOne': `On 1 device so far.`,
'ns.hint.pushMany': str`On ${0} devices so far.`,
'ns.hint.app': `We send nothing. Messages wait for you here.`,
'ns.hint.phone': `We send nothing. The school may call you.`,
'ns.na.noAddress': `The school has no email address for you. Ask them to add one.`,
'ns.na.noNumber': `The school has no mobile number for you. Ask them to add one.`,
'ns.na.notSetUp': `Not available at this school yet.`,
'ns.na.browser': `This browser cannot show notifications.`,
'ns.na.blocked': `Notifications are blocked for this site. You can allow them in your browser settings.`,
'ns.smsStopped': `You replied STOP, so we send no texts. Reply START to one of our texts to get them again.`,
'ns.delay.hour1': `1 hour`,
'ns.delay.hours2': `2 hours`,
'ns.delay.hours4': `4 hours`,
'ns.delay.day1': `1 day`,
'ns.delay.district': str`The school's choice (${0})`,
'ns.saved': `Saved.`,
'ns.deviceAdded': `This device will get notifications too.`,
'ns.form.quietMissing': `Choose when quiet hours start and end.`,
'ns.form.quietSame': `Quiet hours must start and end at different times.`,
'ns.form.invalid': `Something in the form is not right. Check it and try again.`,
'ns.push.denied': `Notifications were not allowed, so nothing changed. Allow them, or choose another way.`,
'ns.push.unsupported': `This browser cannot show notifications. Choose another way.`,
'ns.push.failed': `We couldn't turn on notifications on this device. Try again later, or choose another way.`,
'ns.title': `How we tell you about new messages`,
'ns.intro': `When a message is waiting for you and you have not read it, we can tell you.`,
'ns.channels': `Tell me by`,
'ns.quiet': `Quiet hours`,
'ns.quietOn': `Send nothing during these hours`,
'ns.quietHint': `What arrives then waits until they end.`,
'ns.zone': `On your clock:`,
'ns.quietStart': `From`,
'ns.quietEnd': `Until`,
'ns.delay': `Tell me when a message has waited unread for`,
'ns.saving': `Saving…`,
'ns.save': `Save`,
'ns.addDevice': `Also on this device`,
'ns.loading': `Loading your settings…`,
'ns.retry': `Try again`,
};
