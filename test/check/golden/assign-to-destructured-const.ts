// @ts-nocheck
// Names bound by a const destructuring are constants.
// expect: error 5:1 cannot assign to `first` because it is a constant
const [first, second] = runs
first = second
