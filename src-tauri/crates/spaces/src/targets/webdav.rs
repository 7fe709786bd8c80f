//! WebDAV (the Nextcloud shape): documents written create-only with `If-None-Match: *`, so a
//! retry never writes twice, and a folder listed with `PROPFIND` to read peers' documents.

use reqwest::{Method, StatusCode};

use crate::deliver::credential;
use crate::document::FILE_SUFFIX;
use crate::error::Failure;
use crate::http::{Answer, Http, send};
use crate::secret::{Secret, SecretField, SecretStore};
use crate::settings::SpaceSettings;
use crate::space::Space;

const SERVICE: &str = "The WebDAV server";

/// A folder on a WebDAV server, signed in with a user name and (app) password.
pub(crate) struct Folder<'a> {
    pub http: &'a Http,
    /// The folder's address, ending in `/`.
    pub url: &'a str,
    pub user: &'a str,
    pub password: Secret,
}

/// A document file in the folder.
pub(crate) struct Listed {
    pub name: String,
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
}

fn method(name: &'static str) -> Method {
    Method::from_bytes(name.as_bytes()).unwrap_or(Method::GET)
}

impl<'a> Folder<'a> {
    /// The folder of a WebDAV space, signed in with the password from the keychain.
    pub fn of(
        space: &'a Space,
        secrets: &dyn SecretStore,
        http: &'a Http,
    ) -> Result<Self, Failure> {
        let SpaceSettings::WebDav { url, user, .. } = &space.settings else {
            return Err(Failure::Refused(format!(
                "“{}” is not a WebDAV folder.",
                space.name
            )));
        };
        Ok(Self {
            http,
            url,
            user,
            password: credential(secrets, space, SecretField::Password)?,
        })
    }

    fn request(&self, method: Method, url: &str) -> reqwest::blocking::RequestBuilder {
        self.http
            .client()
            .request(method, url)
            .basic_auth(self.user, Some(self.password.expose()))
    }

    fn fail(response: reqwest::blocking::Response) -> Failure {
        let answer = Answer::read(response);
        match answer.status {
            StatusCode::CONFLICT => Failure::Refused(
                "The WebDAV folder's parent folder does not exist: check the address.".to_owned(),
            ),
            StatusCode::NOT_FOUND => {
                Failure::Refused("The WebDAV folder was not found: check the address.".to_owned())
            }
            _ => answer.failure(SERVICE, None, None),
        }
    }

    /// Writes `name` unless it exists. Returns the file's address; a file already there (from
    /// an earlier attempt whose answer was lost) counts as written.
    pub fn create(&self, name: &str, contents: &str) -> Result<String, Failure> {
        let made = send(self.request(method("MKCOL"), self.url), SERVICE)?;
        if !(made.status().is_success() || made.status() == StatusCode::METHOD_NOT_ALLOWED) {
            return Err(Self::fail(made));
        }
        let address = format!("{}{name}", self.url);
        let response = send(
            self.request(Method::PUT, &address)
                .header("If-None-Match", "*")
                .header("Content-Type", "application/json; charset=utf-8")
                .body(contents.to_owned()),
            SERVICE,
        )?;
        if response.status().is_success() || response.status() == StatusCode::PRECONDITION_FAILED {
            return Ok(address);
        }
        Err(Self::fail(response))
    }

    /// The documents in the folder (not its subfolders).
    pub fn list(&self) -> Result<Vec<Listed>, Failure> {
        let body = r#"<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:getlastmodified/><d:resourcetype/></d:prop></d:propfind>"#;
        let response = send(
            self.request(method("PROPFIND"), self.url)
                .header("Depth", "1")
                .header("Content-Type", "application/xml; charset=utf-8")
                .body(body),
            SERVICE,
        )?;
        if response.status() != StatusCode::MULTI_STATUS {
            return Err(Self::fail(response));
        }
        let xml = response.text().map_err(|_| {
            Failure::Unavailable(format!("{SERVICE} sent a listing Cairn cannot read."))
        })?;
        parse_listing(&xml)
    }

    /// One file's text.
    pub fn read(&self, name: &str) -> Result<String, Failure> {
        let response = send(
            self.request(Method::GET, &format!("{}{name}", self.url)),
            SERVICE,
        )?;
        if !response.status().is_success() {
            return Err(Self::fail(response));
        }
        response
            .text()
            .map_err(|_| Failure::Unavailable(format!("{SERVICE} sent a file Cairn cannot read.")))
    }
}

/// Reads a `207 Multi-Status` listing namespace-aware (servers choose their own prefixes).
fn parse_listing(xml: &str) -> Result<Vec<Listed>, Failure> {
    const DAV: &str = "DAV:";
    let document = roxmltree::Document::parse(xml).map_err(|_| {
        Failure::Unavailable(format!("{SERVICE} sent a listing Cairn cannot read."))
    })?;
    let mut listed = Vec::new();
    for response in document
        .descendants()
        .filter(|n| n.has_tag_name((DAV, "response")))
    {
        let Some(href) = response
            .descendants()
            .find(|n| n.has_tag_name((DAV, "href")))
            .and_then(|n| n.text())
        else {
            continue;
        };
        let decoded = percent_decode(href.trim());
        let Some(name) = decoded.trim_end_matches('/').rsplit('/').next() else {
            continue;
        };
        if !name.ends_with(FILE_SUFFIX) {
            continue;
        }
        let modified = response
            .descendants()
            .find(|n| n.has_tag_name((DAV, "getlastmodified")))
            .and_then(|n| n.text())
            .and_then(|t| chrono::DateTime::parse_from_rfc2822(t.trim()).ok())
            .map(|t| t.with_timezone(&chrono::Utc));
        listed.push(Listed {
            name: name.to_owned(),
            modified,
        });
    }
    Ok(listed)
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(Some(high)), Some(Some(low))) = (
                bytes.get(i + 1).map(|b| hex(*b)),
                bytes.get(i + 2).map(|b| hex(*b)),
            )
        {
            out.push(u8::try_from(high * 16 + low).unwrap_or(b'?'));
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

    use super::*;

    #[test]
    fn a_listing_is_read_whatever_the_prefix() {
        let xml = r#"<?xml version="1.0"?><ns0:multistatus xmlns:ns0="DAV:">
          <ns0:response><ns0:href>/dav/files/alice/CPD/</ns0:href></ns0:response>
          <ns0:response><ns0:href>/dav/files/alice/CPD/2026-11-30-on%20listening-1a2b3c4d.cairn.json</ns0:href>
            <ns0:propstat><ns0:prop><ns0:getlastmodified>Mon, 30 Nov 2026 10:00:00 GMT</ns0:getlastmodified></ns0:prop></ns0:propstat></ns0:response>
          <ns0:response><ns0:href>/dav/files/alice/CPD/notes.txt</ns0:href></ns0:response>
        </ns0:multistatus>"#;
        let listed = parse_listing(xml).unwrap();
        assert_eq!(listed.len(), 1, "only documents are listed");
        assert_eq!(
            listed[0].name,
            "2026-11-30-on listening-1a2b3c4d.cairn.json"
        );
        assert_eq!(
            listed[0].modified.unwrap().to_rfc3339(),
            "2026-11-30T10:00:00+00:00"
        );
    }
}
