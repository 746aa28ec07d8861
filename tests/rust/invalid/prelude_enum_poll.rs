// invalid: an enum `Poll` beside the prelude's `use std::task::{Context, Poll}` (E0255)
enum Poll { //~ ERROR [E0255] the name `Poll` is defined multiple times
    A,
}
