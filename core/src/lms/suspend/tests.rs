use proptest::prelude::*;

use super::*;
use crate::lms::shipped::shipped;
use crate::progress::arbitrary::{any_progress, sample, COURSE};
use crate::progress::{export, merge};

const T0: u64 = 1_764_000_000_000;

#[test]
fn a_small_progress_reads_back_whole_from_a_versioned_text() {
    let progress = sample("ar", T0);
    let encoded = encode(&progress, SCORM12_LIMIT);
    assert!(encoded.text.starts_with("A1/"), "{}", encoded.text);
    assert!(encoded.left_out.is_empty());
    assert_eq!(decode(&encoded.text, "amane"), Ok(progress));
}

#[test]
fn a_completed_course_with_every_attempt_fits_scorm_12_and_reads_back_whole() {
    let course = shipped();
    assert_eq!(course.modules.len(), 14);
    let progress = course.everything_done();
    assert_eq!(progress.assessment.len(), 3);
    assert!(progress
        .assessment
        .numbered()
        .all(|(_, a)| a.questions.len() == 10 && a.answers.len() == 10));
    let encoded = encode(&progress, SCORM12_LIMIT);
    assert_eq!(encoded.left_out, []);
    assert!(
        encoded.text.len() <= SCORM12_LIMIT,
        "{} characters",
        encoded.text.len()
    );
    assert!(
        export(&progress).len() > 3 * SCORM12_LIMIT,
        "the progress file would not fit"
    );
    assert_eq!(decode(&encoded.text, &course.course.id), Ok(progress));
}

#[test]
fn what_does_not_fit_is_left_out_least_important_first_and_listed() {
    let progress = shipped().everything_done();
    let whole = encode(&progress, usize::MAX).text.len();
    let best = progress.assessment.best().expect("ended attempts").0;

    // A little short: the activity times go first, the last modules' first.
    let short = encode(&progress, whole - 20);
    assert!(short.text.len() <= whole - 20);
    assert!(short
        .left_out
        .iter()
        .all(|l| matches!(l, LeftOut::ActivityTimes(_))));
    assert_eq!(
        short.left_out.last(),
        Some(&LeftOut::ActivityTimes("13-proteger-au-centre".into()))
    );

    // Room for the modules and the best attempt only: every time and the other attempts
    // are left out, the modules and the best attempt kept.
    let mut essential = progress.clone();
    essential.assessment = progress
        .assessment
        .numbered()
        .filter(|(n, _)| *n == best)
        .map(|(_, a)| a.clone())
        .collect();
    for module in essential.modules.values_mut() {
        (module.first_activity, module.last_activity) = (None, None);
    }
    let room = encode(&essential, usize::MAX).text.len();
    let cut = encode(&progress, room);
    let attempts: Vec<_> = cut
        .left_out
        .iter()
        .filter(|l| matches!(l, LeftOut::Attempt(_)))
        .collect();
    assert_eq!(attempts.len(), 2, "{:?}", cut.left_out);
    assert!(!attempts.contains(&&LeftOut::Attempt(best)));
    assert_eq!(cut.left_out.len(), 2 + 14);
    assert_eq!(decode(&cut.text, &progress.course), Ok(essential));
}

#[test]
fn the_device_loses_nothing_when_the_lms_copy_was_cut() {
    let progress = shipped().everything_done();
    let cut = encode(&progress, 1500);
    assert!(cut.text.len() <= 1500);
    assert!(cut.left_out.iter().any(|l| matches!(l, LeftOut::Module(_))));
    let from_lms = decode(&cut.text, &progress.course).unwrap();
    assert_eq!(merge(&progress, &from_lms), progress);
}

#[test]
fn restoring_never_replaces_newer_local_work() {
    let mut lms = sample("fr", T0);
    lms.record_quiz("01-intro", "check", Score::new(100, 200), T0);
    let text = encode(&lms, SCORM12_LIMIT).text;
    let mut local = sample("ar", T0 + 10);
    local.record_quiz("01-intro", "check", Score::new(200, 200), T0 + 10);
    local.mark_step_read("01-intro", "how", T0 + 10);
    let merged = merge(&local, &decode(&text, "amane").unwrap());
    assert_eq!(merged.locale_code(), Some("ar"));
    assert_eq!(
        merged.modules["01-intro"].quiz_best["check"],
        Score::new(200, 200)
    );
    assert_eq!(merged.modules["01-intro"].steps_read.len(), 2);
}

#[test]
fn a_text_from_another_version_or_damaged_is_refused() {
    let text = encode(&sample("fr", T0), SCORM12_LIMIT).text;
    assert!(decode(&text.replacen("A1/", "A2/", 1), "amane").is_err());
    assert!(decode(&text[..text.len() - 3], "amane").is_err());
    assert!(decode(&format!("{text}/"), "amane").is_err());
    assert!(decode("", "amane").is_err());
    assert!(decode("{\"format\":\"amane-progress\"}", "amane").is_err());
}

#[test]
fn an_answer_to_a_question_not_in_its_attempt_is_left_out_and_named() {
    let mut progress = shipped().everything_done();
    let attempt = progress.assessment.open_mut().map(|a| a.questions.clone());
    assert!(attempt.is_none(), "every attempt ended");
    let mut attempts: Vec<Attempt> = progress
        .assessment
        .numbered()
        .map(|(_, a)| a.clone())
        .collect();
    let stray = attempts[0].answers.values().next().unwrap().clone();
    attempts[0].answers.insert("gone".into(), stray);
    progress.assessment = attempts.into_iter().collect();
    let encoded = encode(&progress, SCORM12_LIMIT);
    assert_eq!(
        encoded.left_out,
        [LeftOut::Answer {
            attempt: 1,
            question: "gone".into()
        }]
    );
    assert_eq!(
        encoded.left_out[0].to_string(),
        "answer to gone in attempt 1"
    );
}

proptest! {
    #[test]
    fn any_progress_reads_back_whole(progress in any_progress()) {
        let encoded = encode(&progress, usize::MAX);
        prop_assert_eq!(&encoded.left_out, &Vec::<LeftOut>::new());
        // The outlines of the content are not sent to the LMS: a module started there shows
        // "in progress" on the map until it is opened on this device.
        let mut expected = progress;
        expected.modules.values_mut().for_each(|m| m.outline = None);
        prop_assert_eq!(decode(&encoded.text, COURSE), Ok(expected));
    }

    #[test]
    fn a_cut_text_holds_only_what_the_progress_holds(progress in any_progress(), limit in 10..400usize) {
        let encoded = encode(&progress, limit);
        let read = decode(&encoded.text, COURSE).unwrap();
        prop_assert_eq!(merge(&progress, &read), progress);
    }
}
