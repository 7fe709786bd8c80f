//! A real Synapse homeserver (Matrix) on loopback, with a few client calls for test set-up.

use std::process::Command;
use std::time::Duration;

use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha1::Sha1;
use tempfile::TempDir;

use crate::http::{call, encode};
use crate::process::Process;
use crate::{free_port, secret, venv};

/// How long a set-up call may take.
const CALL_TIMEOUT: Duration = Duration::from_secs(30);

/// A Synapse homeserver on `127.0.0.1`, server name `localhost`, stopped when dropped.
pub struct Synapse {
    /// The base URL, `http://127.0.0.1:PORT`.
    pub url: String,
    /// The server name in user ids and aliases: `localhost`.
    pub server_name: String,
    registration_secret: String,
    // Declared before `dir`, so the server stops before its folder is removed.
    process: Option<Process>,
    dir: TempDir,
}

/// A user registered on a [`Synapse`], logged in on one device.
#[derive(Clone, Debug)]
pub struct MatrixAccount {
    /// The full user id, `@name:localhost`.
    pub user_id: String,
    /// The access token of the device registration created.
    pub access_token: String,
    /// The password, for tests that log in.
    pub password: String,
}

impl Synapse {
    /// Starts a homeserver with its rate limits raised far above what tests send.
    pub fn start() -> Self {
        Self::launch(true)
    }

    /// Starts a homeserver with Synapse's default rate limits, for a test of 429 handling.
    pub fn start_with_default_rate_limits() -> Self {
        Self::launch(false)
    }

    fn launch(raise_limits: bool) -> Self {
        let dir = TempDir::new().expect("cannot make a folder for Synapse");
        let port = free_port();
        let registration_secret = secret();
        let root = dir.path();
        let key = format!(
            "ed25519 a_cairn {}\n",
            base64(
                &[
                    uuid::Uuid::new_v4().into_bytes(),
                    uuid::Uuid::new_v4().into_bytes()
                ]
                .concat()
            )
        );
        std::fs::write(root.join("signing.key"), key).expect("cannot write the signing key");
        let path = |name: &str| root.join(name).display().to_string();
        let mut config = json!({
            "server_name": "localhost",
            "pid_file": path("homeserver.pid"),
            "listeners": [{
                "port": port, "bind_addresses": ["127.0.0.1"], "type": "http", "tls": false,
                "x_forwarded": false, "resources": [{"names": ["client"], "compress": false}],
            }],
            "database": {"name": "sqlite3", "args": {"database": path("homeserver.db")}},
            "media_store_path": path("media"),
            "signing_key_path": path("signing.key"),
            "registration_shared_secret": registration_secret,
            "macaroon_secret_key": secret(),
            "form_secret": secret(),
            "report_stats": false,
            "trusted_key_servers": [],
            "suppress_key_server_warning": true,
            "enable_registration": false,
            "enable_metrics": false,
            "url_preview_enabled": false,
            "presence": {"enabled": false},
        });
        if raise_limits {
            let high = json!({"per_second": 1000, "burst_count": 1000});
            let limits = json!({
                "rc_message": high,
                "rc_registration": high,
                "rc_login": {"address": high, "account": high, "failed_attempts": high},
                "rc_joins": {"local": high, "remote": high},
                "rc_joins_per_room": high,
                "rc_room_creation": high,
                "rc_invites": {"per_room": high, "per_user": high, "per_issuer": high},
                "rc_admin_redaction": high,
                "rc_3pid_validation": high,
                "rc_presence": {"per_user": high},
            });
            config
                .as_object_mut()
                .unwrap()
                .extend(limits.as_object().unwrap().clone());
        }
        // JSON is YAML, so Synapse reads this as its homeserver.yaml.
        std::fs::write(root.join("homeserver.yaml"), config.to_string())
            .expect("cannot write homeserver.yaml");
        let mut synapse = Self {
            url: format!("http://127.0.0.1:{port}"),
            server_name: "localhost".into(),
            registration_secret,
            process: None,
            dir,
        };
        synapse.restart();
        synapse
    }

    /// Registers `user` with the shared-secret admin registration API.
    pub fn register(&self, user: &str, password: &str) -> MatrixAccount {
        let url = "/_synapse/admin/v1/register";
        let nonce = self.call("GET", url, None, None)["nonce"]
            .as_str()
            .expect("no nonce")
            .to_string();
        let mut mac = Hmac::<Sha1>::new_from_slice(self.registration_secret.as_bytes()).unwrap();
        mac.update(format!("{nonce}\0{user}\0{password}\0notadmin").as_bytes());
        let mac: String = mac
            .finalize()
            .into_bytes()
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect();
        let body = json!({"nonce": nonce, "username": user, "password": password,
            "admin": false, "mac": mac});
        let answer = self.call("POST", url, None, Some(&body));
        MatrixAccount {
            user_id: answer["user_id"].as_str().expect("no user_id").into(),
            access_token: answer["access_token"]
                .as_str()
                .expect("no access_token")
                .into(),
            password: password.into(),
        }
    }

    /// Creates a public room with the alias `#alias_localpart:localhost`; returns its room id.
    pub fn create_room(&self, account: &MatrixAccount, alias_localpart: &str) -> String {
        let body = json!({"preset": "public_chat", "visibility": "public",
            "room_alias_name": alias_localpart, "name": alias_localpart});
        let answer = self.call(
            "POST",
            "/_matrix/client/v3/createRoom",
            Some(account),
            Some(&body),
        );
        answer["room_id"].as_str().expect("no room_id").into()
    }

    /// Joins `room` (a room id or an alias) as `account`.
    pub fn join(&self, account: &MatrixAccount, room: &str) {
        let path = format!("/_matrix/client/v3/join/{}", encode(room));
        self.call("POST", &path, Some(account), Some(&json!({})));
    }

    /// Posts a text message as `account` (a peer in the room); returns its event id.
    pub fn send_text(
        &self,
        account: &MatrixAccount,
        room_id: &str,
        body: &str,
        formatted_body: Option<&str>,
    ) -> String {
        let mut content = json!({"msgtype": "m.text", "body": body});
        if let Some(html) = formatted_body {
            content["format"] = "org.matrix.custom.html".into();
            content["formatted_body"] = html.into();
        }
        self.send_content(account, room_id, content)
    }

    /// Posts an `m.room.message` with this content, under a fresh transaction id; returns its
    /// event id.
    pub fn send_content(&self, account: &MatrixAccount, room_id: &str, content: Value) -> String {
        let path = format!(
            "/_matrix/client/v3/rooms/{}/send/m.room.message/{}",
            encode(room_id),
            secret()
        );
        let answer = self.call("PUT", &path, Some(account), Some(&content));
        answer["event_id"].as_str().expect("no event_id").into()
    }

    /// The room's `m.room.message` events that `account` can see, oldest first.
    pub fn messages(&self, account: &MatrixAccount, room_id: &str) -> Vec<Value> {
        let path = format!(
            "/_matrix/client/v3/rooms/{}/messages?dir=b&limit=1000",
            encode(room_id)
        );
        let answer = self.call("GET", &path, Some(account), None);
        let mut events: Vec<Value> = answer["chunk"]
            .as_array()
            .expect("no chunk")
            .iter()
            .filter(|event| event["type"] == "m.room.message")
            .cloned()
            .collect();
        events.reverse();
        events
    }

    /// Freezes the server (SIGSTOP), so requests to it time out.
    pub fn pause(&self) {
        self.process().pause();
    }

    /// Lets a paused server answer again (SIGCONT).
    pub fn resume(&self) {
        self.process().resume();
    }

    /// Stops the server; its data stays for [`Synapse::restart`].
    pub fn stop(&mut self) {
        if let Some(mut process) = self.process.take() {
            process.stop();
        }
    }

    /// Starts the server again on the same port and data, waiting until `/health` answers 200.
    pub fn restart(&mut self) {
        self.stop();
        let root = self.dir.path();
        let mut command = Command::new(venv().join("bin/python"));
        command
            .args(["-m", "synapse.app.homeserver", "-c"])
            .arg(root.join("homeserver.yaml"))
            .current_dir(root);
        let mut process = Process::spawn("Synapse", command, &root.join("synapse.log"));
        let health = format!("{}/health", self.url);
        let short = Duration::from_secs(2);
        process.wait_until(|| matches!(call("GET", &health, &[], None, short), Some((200, _))));
        self.process = Some(process);
    }

    fn process(&self) -> &Process {
        self.process.as_ref().expect("Synapse is stopped")
    }

    fn call(
        &self,
        method: &str,
        path: &str,
        account: Option<&MatrixAccount>,
        body: Option<&Value>,
    ) -> Value {
        let bearer = account.map(|account| format!("Bearer {}", account.access_token));
        let headers: Vec<(&str, &str)> = bearer
            .iter()
            .map(|value| ("Authorization", value.as_str()))
            .collect();
        let url = format!("{}{path}", self.url);
        let (status, text) = call(method, &url, &headers, body, CALL_TIMEOUT)
            .unwrap_or_else(|| panic!("Synapse did not answer {method} {path}"));
        assert!(
            status == 200,
            "Synapse answered {status} to {method} {path}: {text}"
        );
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON from {path}: {text}"))
    }
}

/// Standard base64 without padding, as Synapse's signing-key file has it.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &byte)| n | u32::from(byte) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}
