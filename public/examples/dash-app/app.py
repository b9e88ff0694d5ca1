"""A small Dash app to run in a container (Learn Docker course).

Run it directly with `python app.py`, or build and run the image:
    docker build -t e4l-python-graph .
    docker run --rm --name dash-app -p 8050:8050 e4l-python-graph
Then open http://localhost:8050 in your browser.
"""

from dash import Dash, dcc, html

# Example data, written inline so the app needs no data files and no pandas.
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SOLAR_KWH = [38, 61, 104, 142, 171, 180, 186, 162, 118, 76, 41, 29]
USED_KWH = [412, 365, 340, 298, 271, 250, 246, 255, 284, 331, 379, 420]

figure = {
    "data": [
        {"type": "bar", "name": "Used", "x": MONTHS, "y": USED_KWH},
        {"type": "bar", "name": "Solar", "x": MONTHS, "y": SOLAR_KWH},
    ],
    "layout": {
        "title": {"text": "A household's electricity per month (example data)"},
        "yaxis": {"title": {"text": "kWh"}},
        "barmode": "group",
    },
}

app = Dash(__name__, title="Dash in Docker")
app.layout = html.Div(
    [
        html.H1("Hello from a container"),
        html.P("This page is served by Dash, running inside Docker."),
        dcc.Graph(id="energy", figure=figure),
    ]
)

if __name__ == "__main__":
    # host="0.0.0.0": listen on every network interface of the container.
    # The default, 127.0.0.1, is the container's own loopback, which nothing
    # outside the container can reach, not even with `-p 8050:8050`.
    # debug=False: debug mode turns on the Werkzeug debugger, which runs
    # Python code typed into a browser (behind a PIN). It must never face a
    # network, and on 0.0.0.0 anyone who can reach the port can reach it.
    app.run(host="0.0.0.0", port=8050, debug=False)
