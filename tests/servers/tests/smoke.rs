// Tests: a failed step must stop the test with a message, so it panics.
#![allow(clippy::expect_used, clippy::unwrap_used)]

//! Each server starts, answers as its contract says, and stops.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use cairn_test_servers::{SmtpSink, Synapse, WebDav};
use reqwest::StatusCode;
use reqwest::blocking::Client;
use serde_json::{Value, json};

/// A client like the app's: reqwest with rustls (which needs a crypto provider even for http).
fn client(timeout: Duration) -> Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    Client::builder()
        .timeout(timeout)
        .build()
        .expect("cannot build a client")
}

fn timed<T>(name: &str, start: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let server = start();
    eprintln!("{name} ready in {:?}", started.elapsed());
    server
}

#[test]
fn synapse_registers_posts_reads_and_deduplicates_a_transaction() {
    let mut synapse = timed("Synapse", Synapse::start);
    let alice = synapse.register("alice", "alice-password");
    let bob = synapse.register("bob", "bob-password");
    assert_eq!(alice.user_id, "@alice:localhost");
    let room_id = synapse.create_room(&alice, "cpd");
    synapse.join(&bob, "#cpd:localhost");
    synapse.send_text(&bob, &room_id, "Hello", Some("<b>Hello</b>"));
    let messages = synapse.messages(&alice, &room_id);
    assert_eq!(messages.len(), 1);
    let busy = synapse.create_room(&alice, "busy");
    for n in 0..30 {
        // Raised limits: Synapse's defaults would answer 429 from about the 11th.
        synapse.send_text(&alice, &busy, &n.to_string(), None);
    }
    assert_eq!(synapse.messages(&alice, &busy).len(), 30);
    assert_eq!(messages[0]["sender"], bob.user_id.as_str());
    assert_eq!(messages[0]["content"]["formatted_body"], "<b>Hello</b>");

    let http = client(Duration::from_secs(10));
    let room = room_id.replace('!', "%21").replace(':', "%3A");
    let send = format!(
        "{}/_matrix/client/v3/rooms/{room}/send/m.room.message/",
        synapse.url
    );
    let put = |txn: &str| -> String {
        let answer = http
            .put(format!("{send}{txn}"))
            .bearer_auth(&alice.access_token)
            .json(&json!({"msgtype": "m.text", "body": "shared once"}))
            .send()
            .expect("no answer to the PUT");
        assert_eq!(answer.status(), StatusCode::OK);
        answer.json::<Value>().unwrap()["event_id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let first = put("share-1-rev-1");
    assert_eq!(put("share-1-rev-1"), first);
    assert_eq!(synapse.messages(&alice, &room_id).len(), 2);

    synapse.pause();
    let quick = client(Duration::from_millis(500));
    let paused = quick.get(format!("{}/health", synapse.url)).send();
    assert!(paused.is_err_and(|error| error.is_timeout()));
    synapse.resume();

    let restarted = Instant::now();
    synapse.restart();
    eprintln!("Synapse restarted in {:?}", restarted.elapsed());
    assert_eq!(put("share-1-rev-1"), first);
    let bodies: Vec<Value> = synapse
        .messages(&bob, &room_id)
        .iter()
        .map(|event| event["content"]["body"].clone())
        .collect();
    assert_eq!(bodies, [json!("Hello"), json!("shared once")]);
}

#[test]
fn synapse_with_default_limits_answers_429() {
    let synapse = timed(
        "Synapse (default limits)",
        Synapse::start_with_default_rate_limits,
    );
    let alice = synapse.register("alice", "alice-password");
    let room_id = synapse.create_room(&alice, "busy");
    let http = client(Duration::from_secs(10));
    let room = room_id.replace('!', "%21").replace(':', "%3A");
    let limited = (0..40).find_map(|n| {
        let url = format!(
            "{}/_matrix/client/v3/rooms/{room}/send/m.room.message/t{n}",
            synapse.url
        );
        let answer = http
            .put(url)
            .bearer_auth(&alice.access_token)
            .json(&json!({"msgtype": "m.text", "body": n.to_string()}))
            .send()
            .unwrap();
        (answer.status() == StatusCode::TOO_MANY_REQUESTS).then_some(answer)
    });
    let limited = limited.expect("40 quick messages were never rate limited");
    assert!(limited.headers().contains_key("retry-after"));
    assert_eq!(
        limited.json::<Value>().unwrap()["errcode"],
        "M_LIMIT_EXCEEDED"
    );
}

#[test]
fn webdav_stores_files_and_refuses_overwrites_and_strangers() {
    let mut dav = timed("WsgiDAV", WebDav::start);
    let http = client(Duration::from_secs(10));
    let url = format!("{}note.md", dav.url);
    let put = |if_none_match: bool| {
        let mut request = http
            .put(&url)
            .basic_auth(&dav.user, Some(&dav.password))
            .body("# Note\n");
        if if_none_match {
            request = request.header("If-None-Match", "*");
        }
        request.send().unwrap().status()
    };
    assert_eq!(put(true), StatusCode::CREATED);
    assert_eq!(put(true), StatusCode::PRECONDITION_FAILED);
    assert_eq!(put(false), StatusCode::NO_CONTENT);
    let stranger = http.put(&url).body("x").send().unwrap();
    assert_eq!(stranger.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(dav.files(), [std::path::PathBuf::from("note.md")]);
    assert_eq!(
        std::fs::read_to_string(dav.root.join("note.md")).unwrap(),
        "# Note\n"
    );

    dav.pause();
    let quick = client(Duration::from_millis(500));
    let paused = quick.get(&url).basic_auth(&dav.user, Some(&dav.password));
    assert!(paused.send().is_err_and(|error| error.is_timeout()));
    dav.resume();
    dav.stop();
    assert!(http.get(&url).send().is_err());
}

/// A line-by-line SMTP conversation.
struct Smtp {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
}

impl Smtp {
    fn connect(sink: &SmtpSink) -> Self {
        let stream = TcpStream::connect((sink.host.as_str(), sink.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let mut smtp = Self {
            reader: BufReader::new(stream.try_clone().unwrap()),
            writer: stream,
        };
        assert_eq!(smtp.reply(), 220);
        smtp
    }

    /// The code of the next (possibly multi-line) reply.
    fn reply(&mut self) -> u16 {
        loop {
            let mut line = String::new();
            self.reader.read_line(&mut line).unwrap();
            if line.as_bytes().get(3) != Some(&b'-') {
                return line[..3].parse().unwrap();
            }
        }
    }

    fn send(&mut self, line: &str) -> u16 {
        self.writer
            .write_all(format!("{line}\r\n").as_bytes())
            .unwrap();
        self.reply()
    }
}

#[test]
fn smtp_sink_requires_auth_and_keeps_messages() {
    let mut sink = timed("SMTP sink", SmtpSink::start);
    let mut smtp = Smtp::connect(&sink);
    assert_eq!(smtp.send("EHLO cairn.test"), 250);
    assert_eq!(smtp.send("MAIL FROM:<me@cairn.test>"), 530);
    let plain = |password: &str| STANDARD.encode(format!("\0{}\0{password}", sink.user));
    assert_eq!(smtp.send(&format!("AUTH PLAIN {}", plain("wrong"))), 535);
    assert_eq!(
        smtp.send(&format!("AUTH PLAIN {}", plain(&sink.password))),
        235
    );
    assert_eq!(smtp.send("MAIL FROM:<me@cairn.test>"), 250);
    assert_eq!(smtp.send("RCPT TO:<mentor@example.org>"), 250);
    assert_eq!(smtp.send("DATA"), 354);
    let message = "From: me@cairn.test\r\nTo: mentor@example.org\r\nSubject: My CPD\r\n\r\nHi\r\n.";
    assert_eq!(smtp.send(message), 250);
    assert_eq!(smtp.send("QUIT"), 221);
    let messages = sink.messages();
    assert_eq!(messages.len(), 1);
    assert!(messages[0].contains("Subject: My CPD"));

    sink.pause();
    let mut frozen = TcpStream::connect((sink.host.as_str(), sink.port)).unwrap();
    frozen
        .set_read_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    assert!(frozen.read(&mut [0; 3]).is_err(), "a paused sink greeted");
    sink.resume();
    sink.stop();
    assert!(TcpStream::connect((sink.host.as_str(), sink.port)).is_err());
    assert_eq!(sink.messages().len(), 1);
}
