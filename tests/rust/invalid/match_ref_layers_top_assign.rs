// invalid (mref39): the top binding v of `match &&mut o` is the written `&&mut o`, holding the mutable
// loan of o: E0506 assigning o while v lives
fn f(n: u32) -> u32 {
    let mut o = Some(n);
    match &&mut o {
        &&mut Some(0) => 1,
        v => {
            o = None; //~ ERROR [E0506] cannot assign to `o` because it is borrowed
            match **v { Some(k) => k, None => 0 }
        }
    }
}
