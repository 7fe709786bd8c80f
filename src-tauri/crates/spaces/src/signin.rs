//! Signing in to a Matrix space, and checking that a space answers. The network part takes
//! no journal, so the shell can let go of it while waiting.

use std::path::Path;

use serde::Deserialize;
use specta::Type;

use crate::deliver::credential;
use crate::error::{Failure, Result, SpacesError};
use crate::http::Http;
use crate::secret::{Secret, SecretField, SecretStore};
use crate::settings::SpaceSettings;
use crate::space::Space;
use crate::targets::{email, matrix, webdav};

/// How to sign in to a Matrix homeserver.
#[derive(Debug, Clone, Deserialize, Type)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum MatrixSignIn {
    /// A user name and password, where the server offers `m.login.password`.
    Password { user: String, password: Secret },
    /// An access token copied from another client (for servers that sign in through a browser).
    Token { token: Secret },
}

/// Signs in to the space's homeserver: returns who is signed in and the token to keep.
pub fn sign_in_to_matrix(
    space: &Space,
    http: &Http,
    how: &MatrixSignIn,
) -> Result<(String, Secret)> {
    let SpaceSettings::Matrix { homeserver, .. } = &space.settings else {
        return Err(SpacesError::invalid(
            "space",
            "Only a Matrix space signs in this way.",
        ));
    };
    let server = matrix::Matrix { http, homeserver };
    match how {
        MatrixSignIn::Password { user, password } => {
            if !server.offers_password()? {
                return Err(SpacesError::invalid(
                    "password",
                    "This server does not sign in with a password: sign in with another \
                     client and paste its access token instead.",
                ));
            }
            Ok(server.sign_in(user.trim(), password)?)
        }
        MatrixSignIn::Token { token } => {
            let user_id = server.whoami(token)?;
            Ok((user_id, token.clone()))
        }
    }
}

/// Whether the space answers with the saved credentials: a sentence saying what was checked.
pub fn check(space: &Space, secrets: &dyn SecretStore, http: &Http) -> Result<String> {
    match &space.settings {
        SpaceSettings::Matrix {
            homeserver, room, ..
        } => {
            let token = credential(secrets, space, SecretField::AccessToken)?;
            let server = matrix::Matrix { http, homeserver };
            let user = server.whoami(&token)?;
            server.join(&token, room)?;
            Ok(format!("Signed in as {user}; {room} is open to you."))
        }
        SpaceSettings::WebDav { .. } => {
            let found = webdav::Folder::of(space, secrets, http)?.list()?.len();
            Ok(format!(
                "Signed in; the folder holds {found} shared reflections."
            ))
        }
        SpaceSettings::Folder { path, .. } => {
            if Path::new(path).is_dir() {
                Ok("The folder is there.".to_owned())
            } else {
                Err(Failure::Unavailable(format!("The folder {path} is not there.")).into())
            }
        }
        SpaceSettings::Email { .. } => {
            email::Mail::of(space, secrets, http.timeout())?.check()?;
            Ok("The mail server accepted the sign-in.".to_owned())
        }
        SpaceSettings::Discourse { .. } | SpaceSettings::Webhook { .. } => Ok(format!(
            "A {} cannot be checked without posting; share something to try it.",
            space.label
        )),
    }
}
