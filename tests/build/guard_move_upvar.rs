// covers: drop elaboration of upvars moved out (issue 22), as rustc's ElaborateDrops does it:
// an async block moving its captured Guard out on one path only (a drop flag on the field
// `_1.0`, set at entry, cleared by the move, tested by the open drop of `_1`); two captured
// Guards, one moved out on every path, the other on one path (a ladder of a dead field and a
// flagged one); Guard parameters, one moved into a callee, one kept (moved into locals at
// entry: the open drop of `_1` is all gotos)
//@ args: one_path 3,true
//@ args: partial 4,false
//@ args: params 5,6
async fn sink(g: Guard) -> u32 {
    yield_now().await;
    1
}

async fn one_path(x: u32, c: bool) -> u32 {
    let g = guard(x);
    async move {
        if c {
            sink(g).await
        } else {
            yield_now().await;
            x
        }
    }
    .await
}

async fn partial(x: u32, c: bool) -> u32 {
    let a = guard(x);
    let b = guard(x + 1);
    async move {
        let y = sink(a).await;
        observe(y);
        if c {
            sink(b).await
        } else {
            yield_now().await;
            y
        }
    }
    .await
}

async fn params(g: Guard, h: Guard) -> u32 {
    let r = sink(g).await;
    observe(r);
    r
}
