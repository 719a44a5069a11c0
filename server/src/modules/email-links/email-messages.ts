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
