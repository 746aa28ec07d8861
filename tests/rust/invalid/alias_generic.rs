// invalid: a generic type alias
type Pair<T> = [T; 2]; //~ ERROR not supported
fn f(p: Pair<u8>) -> u8 { p[0] }
