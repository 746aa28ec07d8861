// covers: the order of an async block's upvars (issue 22): rustc's capture analysis (ExprUseVisitor)
// records a variable where it is first used, an assignment's left side before its right, so the fields
// are in that order, while the aggregate building the block prints its operands with the names of
// upvars_mentioned (intravisit: the right side first); by `&`, by `&mut` and by value (Copy values of an
// `async move`, a Guard moved in), first used in an op-assign, an assignment, a call's arguments, an
// index assignment, a loop condition, an if/else and a method's receiver
//@ args: op_assign 4
//@ args: assign_product 3
//@ args: call_args 5
//@ args: index_store 1,9
//@ args: index_store 2,6
//@ args: counting 3
//@ args: branches 2
//@ args: branches 9
//@ args: receiver 7
//@ args: guard_and_refs 8
//@ args: move_and_ref 6
struct Counter { n: u32 }
impl Counter {
    fn get(&self) -> u32 { self.n }
    fn bump(&mut self, by: u32) { self.n += by; }
}

fn add(p: u32, q: u32) -> u32 { p + q }

// `a += b`: a (&mut) is field 0, b (&) field 1; printed { b: .., a: .. }
async fn op_assign(x: u32) -> u32 {
    let mut a = x;
    let b = x + 1;
    async { a += b; yield_now().await; observe(a); }.await;
    a
}

// `a = c * b`: a, c, b as fields; c, b, a as printed names
async fn assign_product(x: u32) -> u32 {
    let mut a = 0;
    let b = x + 1;
    let c = x + 2;
    async { yield_now().await; a = c * b; }.await;
    observe(a);
    a + b + c
}

// the callee's arguments in order, after the assigned place
async fn call_args(x: u32) -> u32 {
    let a = x;
    let b = x * 2;
    let mut c = 0;
    async { c = add(b, a); yield_now().await; c += a; }.await;
    c
}

// `arr[i] = v`: the array, then the index, then the value
async fn index_store(i: usize, v: u32) -> u32 {
    let mut arr = [1u32, 2, 3];
    async { arr[i] = v; yield_now().await; arr[0] += v; }.await;
    arr[0] + arr[1] + arr[2]
}

// the loop condition's variables first, then the body's
async fn counting(x: u32) -> u32 {
    let mut i = 0;
    let n = x;
    let mut acc = 0;
    async {
        while i < n {
            acc += i;
            i += 1;
            yield_now().await;
        }
    }
    .await;
    observe(acc);
    acc + i
}

// both branches of an if, a compound assignment in the else
async fn branches(x: u32) -> u32 {
    let a = x;
    let mut b = 100;
    let c = x * 3;
    async {
        if a > 4 {
            b = c;
        } else {
            b -= a;
        }
        yield_now().await;
    }
    .await;
    b
}

// a method's receiver by `&mut` (auto-ref), its argument by `&`; a second block reading through `&self`
async fn receiver(x: u32) -> u32 {
    let mut c = Counter { n: x };
    let k = x + 1;
    async { c.bump(k); yield_now().await; }.await;
    let d = Counter { n: x };
    let j = async { yield_now().await; k + d.get() }.await;
    c.n + j
}

// a Guard moved in (by value) after two references: n (&mut), m (&), then g
async fn guard_and_refs(x: u32) -> u32 {
    let g = guard(x);
    let mut n = 0;
    let m = x + 2;
    async {
        n += m;
        let h = g;
        yield_now().await;
        observe(n);
        let _k = h;
    }
    .await;
    n
}

// `async move`: every upvar by value, in the order of first use; a non-move block after it by `&`
async fn move_and_ref(x: u32) -> u32 {
    let a = x;
    let b = x + 1;
    let mut c = 0;
    let s = async move {
        let mut t = 0;
        t += b;
        yield_now().await;
        t + a
    }
    .await;
    async { c = s + b; }.await;
    c
}
