// unsupported: an array whose values may exceed 16 MiB (a fixed limit: no layout may overflow)
struct S { a: [u64; 4096] }
async fn f(i: usize) -> u64 {
    let x = [S { a: [1; 4096] }; 1];
    let big: [S; 4096] = [S { a: [0; 4096] }; 4096]; //~ ERROR an array of more than 16 MiB is not supported
    x[i].a[i]
}
