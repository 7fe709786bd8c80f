//! E-mail to a mentor or verifier over SMTP (lettre with rustls): the share as plain text with
//! the document attached, under a Message-ID fixed by the share.

use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

use crate::deliver::credential;
use crate::document::SharedDocument;
use crate::error::Failure;
use crate::secret::{Secret, SecretStore};
use crate::settings::{SmtpSecurity, SpaceSettings};
use crate::space::Space;

const SERVICE: &str = "The mail server";

/// Where and how to send.
pub(crate) struct Mail<'a> {
    pub host: &'a str,
    pub port: u16,
    pub security: SmtpSecurity,
    pub user: &'a str,
    pub password: Option<Secret>,
    pub from: &'a str,
    pub to: &'a str,
    pub timeout: std::time::Duration,
}

/// The Message-ID a share is always sent under, so a mail client can tell a resend.
pub(crate) fn message_id(document: &SharedDocument) -> String {
    format!("<{}@cairn.invalid>", document.id)
}

/// The message's plain text.
pub(crate) fn text(document: &SharedDocument) -> String {
    format!(
        "{}\n\n{}\n\n--\nShared from Cairn. The reflection is attached as a .cairn.json file.\n",
        document.title(),
        document.markdown()
    )
}

fn address(text: &str) -> Result<Mailbox, Failure> {
    text.parse()
        .map_err(|_| Failure::Refused(format!("“{text}” is not an e-mail address.")))
}

impl<'a> Mail<'a> {
    /// The mail settings of an e-mail space, with its password from the keychain.
    pub fn of(
        space: &'a Space,
        secrets: &dyn SecretStore,
        timeout: std::time::Duration,
    ) -> Result<Self, Failure> {
        let SpaceSettings::Email {
            host,
            port,
            security,
            user,
            from,
            to,
        } = &space.settings
        else {
            return Err(Failure::Refused(format!(
                "“{}” is not an e-mail space.",
                space.name
            )));
        };
        let password = match space.settings.secret_field() {
            Some(field) => Some(credential(secrets, space, field)?),
            None => None,
        };
        Ok(Self {
            host,
            port: *port,
            security: *security,
            user,
            password,
            from,
            to,
            timeout,
        })
    }

    fn transport(&self) -> Result<SmtpTransport, Failure> {
        let builder = match self.security {
            SmtpSecurity::Tls => SmtpTransport::relay(self.host),
            SmtpSecurity::StartTls => SmtpTransport::starttls_relay(self.host),
            SmtpSecurity::None => Ok(SmtpTransport::builder_dangerous(self.host)),
        }
        .map_err(|e| Failure::Refused(format!("Cannot use the mail server: {e}")))?;
        let mut builder = builder.port(self.port).timeout(Some(self.timeout));
        if let Some(password) = self
            .password
            .as_ref()
            .filter(|_| !self.user.trim().is_empty())
        {
            builder = builder.credentials(Credentials::new(
                self.user.to_owned(),
                password.expose().to_owned(),
            ));
        }
        Ok(builder.build())
    }

    /// Connects and signs in without sending anything.
    pub fn check(&self) -> Result<(), Failure> {
        match self.transport()?.test_connection() {
            Ok(true) => Ok(()),
            Ok(false) => Err(Failure::Unavailable(format!("{SERVICE} did not answer."))),
            Err(error) => Err(failure(&error)),
        }
    }

    /// Sends the share; returns its Message-ID.
    pub fn send(&self, document: &SharedDocument) -> Result<String, Failure> {
        let id = message_id(document);
        let json = ContentType::parse("application/json")
            .map_err(|_| Failure::Refused("Cannot attach the document.".to_owned()))?;
        let message = Message::builder()
            .from(address(self.from)?)
            .to(address(self.to)?)
            .subject(document.title())
            .message_id(Some(id.clone()))
            .multipart(
                MultiPart::mixed()
                    .singlepart(SinglePart::plain(text(document)))
                    .singlepart(
                        Attachment::new("reflection.cairn.json".to_owned())
                            .body(document.to_json(), json),
                    ),
            )
            .map_err(|e| Failure::Refused(format!("Cannot build the message: {e}")))?;
        self.transport()?.send(&message).map_err(|e| failure(&e))?;
        Ok(id)
    }
}

/// 530, 534 and 535 are the server refusing the sign-in; other 5xx refuse the message; 4xx
/// and broken connections are reasons to try again.
fn failure(error: &lettre::transport::smtp::Error) -> Failure {
    let code = error.status().map(|c| c.to_string()).unwrap_or_default();
    if matches!(code.as_str(), "530" | "534" | "535") {
        return Failure::SignIn(format!(
            "{SERVICE} refused the user name or password ({code}). Sign in again in Settings."
        ));
    }
    if error.is_timeout() {
        return Failure::TimedOut(format!("{SERVICE} did not answer in time."));
    }
    if error.is_permanent() {
        return Failure::Refused(format!("{SERVICE} refused the message ({code})."));
    }
    if error.is_transient() {
        return Failure::Unavailable(format!("{SERVICE} asked to try later ({code})."));
    }
    Failure::Unavailable(format!("Cannot reach {SERVICE}: is it running and online?"))
}
