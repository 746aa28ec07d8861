// invalid (bc36): a `ref mut` of the variant's field behind `re` still used after `match *re` reads that
// field to test it (the literal): E0503 at the match
enum E { A(u32, u8) }
async fn f(n: u32) -> u32 {
    let mut e = E::A(n, 1);
    let re = &mut e;
    let E::A(ref mut q, _) = *re;
    let k = match *re { E::A(0, _) => 1, E::A(v, _) => v }; //~ ERROR [E0503] cannot use `re.0` because it was mutably borrowed
    *q += 1;
    k
}
