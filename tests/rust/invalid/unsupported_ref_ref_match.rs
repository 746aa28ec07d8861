// invalid (ergo30): a match on `&&o` that moves nothing is valid Rust, refused by the subset
// (references to references) at the scrutinee
async fn f(n: u32) -> u32 {
    let o = Some(n);
    let a = match &&o { &&Some(g) => g, _ => 0 }; //~ ERROR references to references are not supported
    a + match &&o { Some(k) => *k, None => 1 }
}
