//! Tests of the CLD rule: the review with a verifier.

use super::*;

#[test]
fn cld_asks_a_review_with_a_verifier_in_the_cycle() {
    let fields = preset(ProfileBody::Cld, "2023-04-01");
    let old = Facts {
        reviews: vec![d("2023-03-31")],
        ..Facts::default()
    };
    assert!(
        !requirement(&run(fields.clone(), "2026-03-14", &old), "verifierReview").met,
        "a review before the cycle does not count"
    );
    let current = Facts {
        reviews: vec![d("2023-04-01")],
        ..Facts::default()
    };
    assert!(
        requirement(&run(fields, "2026-03-14", &current), "verifierReview").met,
        "a review on the cycle's first day counts"
    );
}
