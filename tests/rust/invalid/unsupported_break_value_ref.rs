// invalid (flow40): a `break` value holding a reference inside a statement of the loop: the borrow checker
// carried no loan out of it (rustc: E0506 at `x = 2`), refused
fn f(c: bool) -> u32 {
    let mut x = 1u32;
    let r = loop { if c { break Some(&x); } break None; }; //~ ERROR not supported
    x = 2;
    match r { Some(v) => *v, None => x }
}
fn main() {}
