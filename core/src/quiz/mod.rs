//! Quiz grading, scenario state machine and scoring.
