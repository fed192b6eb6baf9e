from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "auth_sign_in_throttle" (
    "key" VARCHAR(160) NOT NULL PRIMARY KEY,
    "attempts" INT NOT NULL,
    "window_started" DOUBLE PRECISION NOT NULL,
    "next_allowed" DOUBLE PRECISION NOT NULL
);
COMMENT ON COLUMN "auth_sign_in_throttle"."key" IS '计数对象 / account@address or address';
COMMENT ON COLUMN "auth_sign_in_throttle"."attempts" IS '尝试次数 / attempts charged in the window';
COMMENT ON COLUMN "auth_sign_in_throttle"."window_started" IS '窗口起点 / window start (epoch seconds)';
COMMENT ON COLUMN "auth_sign_in_throttle"."next_allowed" IS '下次允许 / next attempt allowed at (epoch seconds)';
COMMENT ON TABLE "auth_sign_in_throttle" IS 'Sign-in attempts counted per account and address, and per address — 登录限速 (authz.throttle).';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "auth_sign_in_throttle";"""


MODELS_STATE = (
    "eJztXW1z4jgS/isqPmWqsntg/AJzX45kmNncziRbCXO3tTtbLmHL4IuxWUuEcHv579eSbG"
    "Mb8+JAgpn4C2BJbUv9yNLTrZb4q4FnbPzfH3v2xPV7M9tlt8QKQrvxHv3V8PGEwI91Rc4h"
    "ZzpNCvBrhoeeFOGFTcxLm+Gy+JCyEFsMSjjYowSSbEKt0J0yN/C5nHgIEnIIiroe+jZTmi"
    "0VvjS1SeCz7TS/zXTVsr/NVEezvs06wyGkaI6mvUfUHfk/uD49Rw8umVMUOGhKQhr42EM2"
    "ZvgckcdpEDKKsG8ja4z9EaFogm2C4LFsTJCo+I+8snZgQW1df1Sxes18988ZMVkwIpARQu"
    "1+/wOSXd8mj4TGl9N703GJlwXSFSiIdJMtpiLtwh1d+eyjKMtbPTStwJtN/GX56YKNAz8R"
    "cH3GU0fEJyFmhD+BhTOOpT/zvKgDxPDKyi6LyFqmZGzi4JnHewSXlhVYpjVM8/pmYN71B6"
    "bZWOktsUQKqCjJCnze06CqVChgxKvwQ1dR2m1Dabb1jqYahtZpdqCsqO9qlvEkK7PUlryV"
    "0NnVp6vrAa9QAN1Z9nie8CRkAE8pJcBIvUYWC8JVAC7HOCxWfyKQQwCalkcg1vcmCOKEg2"
    "LQyHZ6lQwx+htKar4DNhP8aHrEH7ExXOrqBrX/q3d7+VPv9kxX32V1fx3lKCKLo5DROq9p"
    "ObVHEqeid6nxqNLHVznxmcsWZVS+lHgplS/nm710rg2dLgztlt76NjMsYwgpRmcI+pctQK"
    "LeFQLBLBryt+FgFo77L9f7G439cHBaupiAjSUOsgXHRyEkI6gzaNgmZXDIiVUaiXYbw6fS"
    "UvjoT9qAR6fZAiRkG1DchrJYtJQdsGgpa7HgWVks6MyyCLFJEQkKAo9gvxiMjFwOiiEIvt"
    "QAFaNTblJQWpx1Kl0HIMjUfDsAmxjPzc1nfpMJpX96kgLl+M/11y8XfUBEAAKFXJahRUsY"
    "hsQJwoK34Z93N9fFACwlctq3XYuh/yHPpSuUtACESJ+vMEm07Q4goTsqR0K1AYllE/aCge"
    "soA0Pc38++9H7NvwqXn28uhNICykahuIu4wUWeITmMFPDS9XgkAicIBxhrnC3FLaggGmwV"
    "ig+gReZOyBo4WBEWkciP8Y9KMVfNgRm7qzkqYBFXbocJIiTYvvG9RVSRDdAMrr707wa9L7"
    "9k8PnQG/R5jiJSF7nUMz2HWXIT9O+rwU+IX6Lfbq77eRiTcoPfGrxOeMYC0w/mJrZTOotT"
    "Y71meUIwp6u4rzXM4+LbTfNjvnidjmpxsI0mpwNQZXQWuTne7Qi4tNuVlmqonbauJuZ6kr"
    "LJSpdTD3eGOPcpg5wnDLF1P8ehba7kBEqwruxq1kSZ5FOwj0dCh7xFUWfgzjPuOboOxJy4"
    "4lhL8s43edSEL82Pi233pAlfFS+fclUNcYs7pvin3mo68Ltrtd6j+RgzhCP/VhCiecjF8D"
    "CYMRT4BEkPHvdaYX+BKAkfXIsUOMle5ZG1/+tE/V9VdAscZj6rvQKVRKL2CxwXi5PxDPDZ"
    "tqRrPpGoOAap6Tf2zSdVP/5rwMhjgbkzgNRitcflK+4lXhId0HdM2fYyNQf9XwebTc3EnP"
    "l8c/0pLp63P2tT822amtUwgq5sOQtvjjMoKrXZMGLjZ0QaxI8pXtQ3NIX7jJS2AZ+GCnNX"
    "V9ea6fH0PZqBVUKRBT0Fuvk5GLgeoWgUYh8uxTp+SB6Ce55FCaXwWAosxCb2quF05LrUFt"
    "WJWlR1REEdUVBHFNQRBbXvoI4oqKjnoI4oqCMK6oiCOqJgMx51REEdUVC7eb4TN88tcaAZ"
    "40FwT/zGqn8nk32+zbETytImS4pvX/lGkRASQmiMuacD8ZXl5bK09KZofIsGcAx4jw1Ftf"
    "6OCLbGyKXcnwISvgW3Z2O4R0imHrYgbe6ysesjl1F4/MT1FgXL4K///D08OP9hbhkeGRU/"
    "DH98CRdOI63QHJWXeByXya/35kg8y4CxlKi2XyENiK5ZnEjyPU3RrijozIiLEN+GTh0Gk2"
    "oYWtylKn6XACQtU21IDF24GhxNExSGM8p05Y+vfvI4dWEQNcuzl6zk67CYQxFLpc13ERot"
    "/opE7UCyHfstH1aIvMSq2hgPyee/Z0CfEjsA7q9nT9gO93U4hiNXe+TLaL9J5KOFqmeAn5"
    "U8PfxhGMbchmmKcFnZmDfZBaJlzGd0gazkSQ39xtAQ28jtVs6adSmdlegItUn7IiateBvX"
    "m7Sp7PPtJq0cp8qYtD7ClkUojUyYeHSQTkBhDQq2sEBnglSDrfkuZWzmhpesyWmNiSXutR"
    "CkfAQvwxwXmbXHqUNt2n4Hpm1VbalDjd21MVU9l7DW7jppiyo3rQahO3L5+Sty0Hp7LKtC"
    "RPsVDezUBJTpDmX5dk2zXoJmBR75xIMWizhWkredYEFRc5SU3WXBACTQGKrIGQgWgzc/eA"
    "nHIQc8ghJ7XnRJgfP4YGiMuecyYTidrg0Mp6MY8Km3Ox0ZrFm4PPCyTytgTL+L2ZRn8meL"
    "71Q8yB91tOcpRHvG0O0c8hOVrzh5WvZksUvYqwhlOrE4q+98h9abdAnJcV0lYnRPk5UksP"
    "9tkpX8Kl1hSOqmeSkl9KwTFF6pC1RwflrhiVkkVmH4GITEHfk/k4WA4grqjX2raGyUNO9r"
    "dJcTQ+Ap7mJx6rL7hnieUKl0z4Om28QjMqjxsnd32fvQbzwdhXffAUJXfv+BFDLvdO5W7s"
    "1df6brmyQpvpV+w53DRRIMgBkjkyk7l6GmlDozD2x1vosytSMq5W/pJMesrlLtg9653iVV"
    "4XFpE2+uqvPxjQRynFqQ/POoWuWD5IEC0nK71pYSr2dBPmu7iPDz6kQum8d1Pn7HD8kk2v"
    "q/u8ZjiUprXDd0GGx00uVd3miLT1VqfyJOcbJtIPi0Gijww9R94pWBISXyijjgqfsMKIgC"
    "6u82tTbfgzB1OaERR8U/y2zXdzHb88ZeymzXV7bK1lsP3ohNXo0FBGmqDMZhwJhodrEtkx"
    "TY2ZxhaYmtFs1d1uKgyApmwmEzJSEPouBX0ssvR8pzcSEyZUKxQSKPfeg2Ww46k82Jq/Vu"
    "1fY5Uh32sJLuSang96h4pcM1onMPNaOZ3mAsNtcLAP4R6zoI95k1W3pzp5G7uWHobm6L4Y"
    "g70ipGa+3YtEiVHW2cRVotm+Nlc2YzVFrJuaXL9wd6Iow58R+yzKEKMP7thtYBzjFNT6vy"
    "2SZlOGRFdtVHL8BrIFkVzQHjcNlKQWPgrsFpPl+f6NgG/Daawy5AI9uCRFvQGZkG1hhRAr"
    "q3dz1gdoPWP9x8vfjcR7/c9i+v7q6ibZnJLCsysybXbb/3OYeTTx6ZiT0vmJdEKS9YeYxU"
    "0hzGL47WUsW5REMex85bEr9DKGoRXFcGrmrwFuH1XmUrsTN8M0eJHe+7BDrIf50S0w2aYG"
    "vs+gRZnkuAC5xhNMT+/TsY3QAfC/vCccqHu4KTqIrCGg5679rbWntbq8fnKu9stV069fDC"
    "LItAXq7S/ieta7cT/Uc1R8/FoNXciTs3N3DnZjMPwxRTOg9gUhhjOi6Dw4pgxYN3JCuTUe"
    "m6prdFNAmPR48bgnhD0FkvHAW+suux/xmAFE3bASAotRYgkZcF6B40UcrYjMq/4nsRT+sl"
    "R6j0EWIishDm42g2roZP0KUmP1ruoWB82rgelJGr+qFJmqos93Iuq12VxSCxW4SaD9hzbX"
    "PNaT2b/bTFdzilTZeZrTSa3B+gdnImZnrHE4234hEcAq0Fmhvy/6lwxFbdM3nkqvzrVn7M"
    "KvBbeejH/rZNlfy/9QbO9Xv3W3zkBYHcmkDUprcarVfCwl72IBHhWOBqvIjkPv58Szy85l"
    "TVgg0D1egle4eTPb2gD6JHQtcaNwr+n0hmnG/yQyyLbHNCrNfBgU3+t2Lv7+lVXm/JP5CQ"
    "ljzoOCVSZcNldxW/vCXC36kSGo6Kf4fafRFDHJ7IokDUrIbXn0WZEtnrNMqqaXuDcg927O"
    "RRvelP/wdSwomD"
)
