// @ts-nocheck
// A summary value minus a Date: the Date operand is the error.
// expect: error 4:53 `-` cannot take a Date: use `.getTime()` for its milliseconds
runs.map(r => runSummary(r).training_time_seconds - runCreatedAt(r))
