// invalid (mref39): the top binding v of `match &mut &mut o` (the `&mut &mut Option`) holds o mutably
// borrowed: a read of o while v lives is E0503
fn f(n: u32) -> u32 {
    let mut o = Some(n);
    match &mut &mut o {
        Some(0) => 1,
        v => {
            let c = match o { Some(k) => k, None => 0 }; //~ ERROR [E0503] cannot use `o` because it was mutably borrowed
            match **v { Some(k) => k + c, None => c }
        }
    }
}
