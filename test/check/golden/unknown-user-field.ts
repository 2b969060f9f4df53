// @ts-nocheck
// A User has only `username` and `name`.
// expect: error 4:18 User has no field `email` (its fields: username, name)
runUser(runs[0]).email
