//! Stand-ins: HTTP servers in this process that follow the documented contracts of services
//! that cannot run here, record every request, and can be told to fail.

use std::collections::VecDeque;
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::Duration;

use serde_json::Value;

use crate::contracts;
use crate::discourse::Topic;
use crate::http::{read_request, write_response};

/// The service a [`StandIn`] plays.
#[derive(Clone, Debug)]
pub enum Service {
    /// A Discourse forum's API: `POST /posts.json` and `GET /t/…`, with these credentials.
    Discourse {
        /// The `Api-Key` header it accepts.
        api_key: String,
        /// The `Api-Username` header it accepts.
        api_username: String,
    },
    /// A Slack incoming webhook, `POST /services/T000/B000/XXXX`.
    Slack,
    /// A Mattermost incoming webhook, `POST /hooks/{key}`.
    Mattermost,
    /// A Discord webhook, `POST /api/webhooks/{id}/{token}` (optionally `?wait=true`).
    Discord,
    /// A Microsoft Teams Workflows webhook taking an Adaptive Card envelope.
    Teams,
}

/// How a stand-in answers one request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Behaviour {
    /// As the service's contract says.
    Normal,
    /// 429 with `Retry-After: seconds` and the service's rate-limit body; nothing is stored.
    RateLimited {
        /// The wait the answer asks for.
        seconds: u32,
    },
    /// 500; nothing is stored.
    ServerError,
    /// Handled and stored normally, but the answer is written only after `millis`: a reply
    /// lost to a client timeout, so a retry can find what was created.
    Hang {
        /// How long to hold the answer back.
        millis: u64,
    },
    /// The service's answer to bad credentials; nothing is stored.
    Unauthorized,
}

/// One request a stand-in received.
#[derive(Clone, Debug)]
pub struct Recorded {
    /// The method, such as `POST`.
    pub method: String,
    /// The path with its query.
    pub path: String,
    /// The headers, names in lower case, in the order sent.
    pub headers: Vec<(String, String)>,
    /// The body as text.
    pub body: String,
}

impl Recorded {
    /// The first header of that name (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// What a stand-in holds between requests.
pub(crate) struct State {
    pub(crate) service: Service,
    pub(crate) queue: VecDeque<Behaviour>,
    pub(crate) requests: Vec<Recorded>,
    pub(crate) posts: Vec<Value>,
    pub(crate) topics: Vec<Topic>,
    pub(crate) next_id: u64,
    pub(crate) hold: bool,
}

/// A contract stand-in on `127.0.0.1`, stopped when dropped.
pub struct StandIn {
    /// For Discourse the base URL (`http://127.0.0.1:PORT`, no trailing slash); for a chat
    /// service the full webhook URL to post to.
    pub url: String,
    state: Arc<Mutex<State>>,
    stopping: Arc<AtomicBool>,
    port: u16,
}

impl StandIn {
    /// Starts a stand-in for `service` on a free port.
    pub fn start(service: Service) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("cannot listen on 127.0.0.1");
        let port = listener.local_addr().unwrap().port();
        let base = format!("http://127.0.0.1:{port}");
        let url = match &service {
            Service::Discourse { .. } => base,
            Service::Slack => format!("{base}/services/T000/B000/XXXX"),
            Service::Mattermost => format!("{base}/hooks/cairnhookkey"),
            Service::Discord => format!("{base}/api/webhooks/1234567890/cairn-token"),
            Service::Teams => {
                format!("{base}/workflows/cairn/triggers/manual/paths/invoke?api-version=1")
            }
        };
        let state = Arc::new(Mutex::new(State {
            service,
            queue: VecDeque::new(),
            requests: Vec::new(),
            posts: Vec::new(),
            topics: Vec::new(),
            next_id: 1,
            hold: false,
        }));
        let stopping = Arc::new(AtomicBool::new(false));
        let (shared, stop) = (Arc::clone(&state), Arc::clone(&stopping));
        thread::spawn(move || {
            for stream in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let state = Arc::clone(&shared);
                thread::spawn(move || serve(&stream, &state));
            }
        });
        Self {
            url,
            state,
            stopping,
            port,
        }
    }

    /// Queues a behaviour for the next request not yet given one; once the queue is empty,
    /// requests get [`Behaviour::Normal`].
    pub fn then(&self, behaviour: Behaviour) {
        self.lock().queue.push_back(behaviour);
    }

    /// Every request received so far, in arrival order.
    pub fn requests(&self) -> Vec<Recorded> {
        self.lock().requests.clone()
    }

    /// What was created, in order: Discourse posts as answered plus `external_id` and `title`
    /// (null on replies); for a chat service each accepted payload.
    pub fn posts(&self) -> Vec<Value> {
        self.lock().posts.clone()
    }

    /// Discourse: while on, new posts are held for approval (the documented "enqueued"
    /// answer) and not created.
    pub fn hold_for_approval(&self, on: bool) {
        self.lock().hold = on;
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        // Wakes the accept loop so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Answers one connection: records the request, applies the next behaviour, writes the answer.
fn serve(stream: &TcpStream, state: &Mutex<State>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let Some(request) = read_request(stream) else {
        return;
    };
    let (response, delay) = {
        let mut state = lock(state);
        state.requests.push(Recorded {
            method: request.method.clone(),
            path: request.path.clone(),
            headers: request.headers.clone(),
            body: request.body.clone(),
        });
        let behaviour = state.queue.pop_front().unwrap_or(Behaviour::Normal);
        let delay = match behaviour {
            Behaviour::Hang { millis } => millis,
            _ => 0,
        };
        let response = match behaviour {
            Behaviour::Normal | Behaviour::Hang { .. } => contracts::handle(&mut state, &request),
            Behaviour::RateLimited { seconds } => contracts::rate_limited(&state.service, seconds),
            Behaviour::ServerError => contracts::server_error(),
            Behaviour::Unauthorized => contracts::unauthorized(&state.service),
        };
        (response, delay)
    };
    thread::sleep(Duration::from_millis(delay));
    write_response(stream, &response);
}
