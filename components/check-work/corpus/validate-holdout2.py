import glob,re,collections,sys,os
D=os.path.dirname(os.path.abspath(__file__))
IR=set("healthy daemon-not-running permission-denied client-too-old no-arm64-manifest exec-format-error image-not-found name-conflict invalid-reference container-exited container-crashed container-not-found no-port-published ports-swapped wrong-container-port app-listens-on-loopback port-already-allocated not-this-step shows-part docker-not-found engine-not-ready invalid-port-spec missing-image-argument".split())
CT=set("healthy daemon-not-running permission-denied client-too-old compose-not-installed compose-no-file exec-format-error no-arm64-manifest compose-service-not-running compose-service-missing compose-project-name no-port-published wrong-port app-listens-on-loopback port-already-allocated compose-undefined-network network-not-found network-wrong-project compose-service-missing-network compose-localhost-upstream upstream-connection-refused upstream-host-not-found image-not-found not-this-step shows-part compose-too-old".split())
CHECKS={'install':IR,'run':IR,'reach:running':IR,'reach:published':IR,'reach:listening':IR,'reach:port-free':IR,'compose':CT,'networks':CT}
KEYS=["source","kind","platform","versions","changed","expert"]
KINDS={"issue-thread","forum","docs","readme","cli"}; PLAT={"linux","macos","windows","wsl","unknown"}
bad=0; st=collections.defaultdict(collections.Counter); files=sorted(glob.glob(D+"/h2-*.txt"))
for f in files:
    n=os.path.basename(f); t=open(f,encoding="utf-8").read()
    if "\n---\n" not in t: print("NO ---",n); bad+=1; continue
    head,paste=t.split("\n---\n",1)
    if not paste.strip(): print("EMPTY",n); bad+=1
    h={}; ex=[]
    for line in head.split("\n"):
        m=re.match(r"^([a-z]+): (.+)$",line)
        if not m: print("BADLINE",n,line[:60]); bad+=1; continue
        k,v=m.groups()
        if k=="expect": ex.append(v); continue
        if k in h: print("DUP",n,k); bad+=1
        h[k]=v
    for k in KEYS:
        if not h.get(k): print("MISSING",k,n); bad+=1
    if set(h)-set(KEYS): print("EXTRA",set(h)-set(KEYS),n); bad+=1
    if h.get("kind") not in KINDS: print("KIND",n); bad+=1
    if h.get("platform") not in PLAT: print("PLAT",n); bad+=1
    if not ex: print("NOEXPECT",n); bad+=1
    seen=set()
    for e in ex:
        p=e.split()
        if len(p)!=3 or p[0] not in CHECKS or p[1] not in ("ok","partial","problem","unreadable") or p[2] not in CHECKS.get(p[0],()):
            print("EXPECT",n,e); bad+=1; continue
        if p[0] in seen: print("DUPCHECK",n); bad+=1
        seen.add(p[0])
        if (p[1]=="ok")!=(p[2]=="healthy"): print("OKTAG",n,e); bad+=1
        if p[1]=="partial" and p[2]!="shows-part": print("PTAG",n,e); bad+=1
        if p[1]=="unreadable" and p[2]!="not-this-step": print("UTAG",n,e); bad+=1
        grp='reach:*' if p[0].startswith('reach') else p[0]
        st["check"][p[0]]+=1; st["check group"][grp]+=1; st["verdict"][p[1]]+=1; st["check verdict"][p[0]+" "+p[1]]+=1; st["tag"][p[2]]+=1
    st["kind"][h.get("kind")]+=1; st["platform"][h.get("platform")]+=1
    src=h.get("source","").split(" (")[0]; st["source"][src]+=1
print(len(files),"files,",bad,"problems")
if "-v" in sys.argv:
    for k,c in st.items():
        print("==",k); [print(f"  {n:4d}  {v}") for v,n in c.most_common()]
