// @ts-nocheck
// Reading a field of a string: the username is already the string.
// (A known defect of the checker once; fixed.)
// expect: error 5:27 strings have no property `username`
runUser(runs[0]).username.username
