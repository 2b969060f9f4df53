// @ts-nocheck
// A Date is not a number: `Date - number` names the Date operand and hints getTime().
// expect: error 4:18 `-` cannot take a Date: use `.getTime()` for its milliseconds
runs.filter(r => runCreatedAt(r) - Date.now() < 0)
