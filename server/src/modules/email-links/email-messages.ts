import type { MailMessage } from '../../mail/mailer';

/* The words of each message. Plain text: every mail program shows it, and a link in it is exact. */

export function verificationMessage(to: string, name: string, link: string): MailMessage {
  return {
    to,
    subject: 'Confirm your email address',
    text: `Hello ${name},

Open this link to confirm that this is your email address:

${link}

The link works once, for 30 minutes. If you did not ask for it, you can ignore this message.
`,
  };
}

export function passwordResetMessage(to: string, name: string, link: string): MailMessage {
  return {
    to,
    subject: 'Reset your password',
    text: `Hello ${name},

Someone (we hope you) asked to reset the password of your school-invites account. Open this
link to choose a new one:

${link}

The link works once, for 30 minutes. Choosing a new password signs you out everywhere.
If you did not ask for this, ignore this message: your password stays as it is.
`,
  };
}

export function welcomeMessage(to: string, name: string, link: string): MailMessage {
  return {
    to,
    subject: 'Welcome to school-invites: confirm your email address',
    text: `Hello ${name},

Your school-invites account is ready. Open this link to confirm that this is your email address
(some schools let only confirmed addresses join):

${link}

The link works once, for 30 minutes; you can ask for a new one from the app at any time.
If you did not create this account, you can ignore this message.
`,
  };
}

/** To an address that already has an account. It names no one: the sender chose the name. */
export function addressInUseMessage(to: string, publicUrl: string): MailMessage {
  return {
    to,
    subject: 'Someone tried to sign up with your email address',
    text: `Hello,

Someone tried to create a school-invites account with this email address, which already has
an account. If it was you, sign in instead:

${publicUrl}/sign-in

Forgot your password? Choose "Forgot password?" there and we will email you a link.

If it was not you, you can ignore this message: nobody was given access to your account.
`,
  };
}
