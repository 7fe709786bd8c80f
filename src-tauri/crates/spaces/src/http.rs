//! One HTTP client for every space (reqwest with rustls on the ring provider), and the reading
//! of answers into [`Failure`]s. Errors are stripped of their URL: a webhook's address is
//! its credential.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::blocking::{Client, RequestBuilder, Response};
use reqwest::header::{HeaderMap, RETRY_AFTER};

use crate::error::{Failure, Result, SpacesError};

/// How long a request may take when the caller does not say.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// How long to wait after a 429 that names no time.
const DEFAULT_WAIT: Duration = Duration::from_secs(30);

/// The client every space uses.
#[derive(Debug, Clone)]
pub struct Http {
    client: Client,
    timeout: Duration,
}

impl Http {
    /// A client whose requests give up after `timeout`.
    pub fn new(timeout: Duration) -> Result<Self> {
        // Installing twice is harmless: the first provider stays.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            .user_agent(concat!("Cairn/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| {
                SpacesError::Space(Failure::Unavailable(format!(
                    "Cannot start networking: {}",
                    e.without_url()
                )))
            })?;
        Ok(Self { client, timeout })
    }

    /// The underlying client, for building requests.
    pub(crate) fn client(&self) -> &Client {
        &self.client
    }

    /// The timeout requests get (for transports other than HTTP, such as SMTP).
    pub fn timeout(&self) -> Duration {
        self.timeout
    }
}

/// Sends a request; a transport failure becomes a [`Failure`] naming `service`.
pub(crate) fn send(request: RequestBuilder, service: &str) -> Result<Response, Failure> {
    request.send().map_err(|error| {
        let error = error.without_url();
        if error.is_timeout() {
            Failure::TimedOut(format!(
                "{service} did not answer in time; the post may or may not have arrived."
            ))
        } else if error.is_connect() {
            Failure::Unavailable(format!("Cannot reach {service}: is it running and online?"))
        } else {
            Failure::Unavailable(format!("{service} could not be reached: {error}"))
        }
    })
}

/// What a failed answer says, read by each service's own rules.
pub(crate) struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    /// Reads a response whose status is not a success.
    pub fn read(response: Response) -> Self {
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.text().unwrap_or_default();
        Self {
            status,
            headers,
            body,
        }
    }

    /// The body as JSON, if it is.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_str(&self.body).ok()
    }

    /// `Retry-After` in seconds (the date form is read as the default wait).
    pub fn retry_after(&self) -> Option<Duration> {
        self.headers
            .get(RETRY_AFTER)?
            .to_str()
            .ok()?
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|seconds| seconds.is_finite() && *seconds >= 0.0)
            .map(Duration::from_secs_f64)
    }

    /// The usual reading: 401 and 403 ask for sign-in, 429 waits, 5xx is the server's
    /// trouble, any other 4xx is a refusal. `message` is what the service said, if anything.
    pub fn failure(
        &self,
        service: &str,
        message: Option<String>,
        wait: Option<Duration>,
    ) -> Failure {
        let said = message
            .filter(|m| !m.trim().is_empty())
            .map(|m| format!(": {}", m.trim()))
            .unwrap_or_default();
        match self.status.as_u16() {
            401 | 403 => Failure::SignIn(format!(
                "{service} refused the credentials{said}. Sign in again in Settings."
            )),
            429 => {
                let after = wait.or_else(|| self.retry_after()).unwrap_or(DEFAULT_WAIT);
                Failure::Wait {
                    after,
                    message: format!(
                        "{service} asked Cairn to slow down; trying again in {} s.",
                        after.as_secs().max(1)
                    ),
                }
            }
            500..=599 => {
                Failure::Unavailable(format!("{service} had a problem ({}){said}.", self.status))
            }
            _ => Failure::Refused(format!(
                "{service} refused the post ({}){said}.",
                self.status
            )),
        }
    }
}
